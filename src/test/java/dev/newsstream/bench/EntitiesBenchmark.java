package dev.newsstream.bench;

import dev.newsstream.entities.CoreNlpRecognizer;
import dev.newsstream.entities.EntityExtractor;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole entity stage (CoreNLP CRF, repairs, canonicalisation, salience) on the clean text of
 * the sample articles, one thread. Tokens per second = articles per second × the mean word count
 * printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:-DontCompileHugeMethods"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EntitiesBenchmark {
    private final EntityExtractor extractor = new EntityExtractor(CoreNlpRecognizer.shared());
    private List<CleanArticle> articles;
    private int next;

    @Setup
    public void load() {
        articles = Corpus.cleanSamples();
        double words = articles.stream().mapToInt(a -> Texts.wordCount(a.title()) + a.wordCount()).average().orElse(0);
        System.out.printf("%n%d articles, mean %.0f words (title + text)%n", articles.size(), words);
    }

    @Benchmark
    public void extractEntities(Blackhole sink) {
        CleanArticle a = articles.get(next++ % articles.size());
        sink.consume(extractor.extract(a.title(), a.text()));
    }
}

package dev.newsstream.bench;

import dev.newsstream.entities.CoreNlpRecognizer;
import dev.newsstream.entities.EntityExtractor;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Entity;
import dev.newsstream.quotes.QuoteExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Articles per second of the quote stage on one thread, on the clean text of the sample
 * articles: {@code entities=given} passes the entity stage's output (as the topology does,
 * computed at setup, outside the measurement); {@code none} passes no entities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:-DontCompileHugeMethods"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuotesBenchmark {
    @Param({"given", "none"})
    public String entities;

    private final QuoteExtractor extractor = new QuoteExtractor();
    private List<CleanArticle> articles;
    private List<List<Entity>> found;
    private int next;

    @Setup
    public void load() {
        articles = Corpus.cleanSamples();
        EntityExtractor ner = entities.equals("given") ? new EntityExtractor(CoreNlpRecognizer.shared()) : null;
        found = articles.stream().map(a -> ner == null ? List.<Entity>of() : ner.extract(a.title(), a.text())).toList();
    }

    @Benchmark
    public void extractOneArticle(Blackhole sink) {
        int i = next++ % articles.size();
        CleanArticle a = articles.get(i);
        sink.consume(extractor.extract(a.title(), a.text(), found.get(i)));
    }
}

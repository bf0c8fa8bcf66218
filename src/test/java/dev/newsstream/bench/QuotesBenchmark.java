package dev.newsstream.bench;

import dev.newsstream.model.Article;
import dev.newsstream.quotes.QuoteExtractor;
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
 * Articles per second of the quote stage on one thread: one sample article's page text per
 * call, no title and no entities (the stage's worst case: it guesses person names itself).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuotesBenchmark {
    private final QuoteExtractor extractor = new QuoteExtractor();
    private List<Article> articles;
    private int next;

    @Setup
    public void load() {
        articles = Corpus.samples("txt");
    }

    @Benchmark
    public void extractOneArticle(Blackhole sink) {
        Article a = articles.get(next++ % articles.size());
        sink.consume(extractor.extract(null, a.body(), List.of()));
    }
}

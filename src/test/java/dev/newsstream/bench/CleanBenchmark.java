package dev.newsstream.bench;

import dev.newsstream.clean.CleanConfig;
import dev.newsstream.clean.Cleaner;
import dev.newsstream.model.Article;
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

/** Articles per second of the clean stage on one thread, page text and HTML separately. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CleanBenchmark {
    @Param({"txt", "html"})
    public String kind;

    private final Cleaner cleaner = new Cleaner(CleanConfig.defaults());
    private List<Article> articles;
    private int next;

    @Setup
    public void load() {
        articles = Corpus.samples(kind);
    }

    @Benchmark
    public void cleanOneArticle(Blackhole sink) {
        sink.consume(cleaner.clean(articles.get(next++ % articles.size())));
    }
}

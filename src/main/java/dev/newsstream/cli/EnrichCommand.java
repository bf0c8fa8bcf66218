package dev.newsstream.cli;

import dev.newsstream.config.NewsConfig;
import dev.newsstream.topology.OfflineRunner;
import dev.newsstream.topology.PipelineStats;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "enrich", description = "Offline: run the pipeline in-process on files, no broker; print one JSON line per output record.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".txt, .html, .json, .jsonl articles, in the order given.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        NewsConfig config = options.load(Main.ENVIRONMENT);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        try (OfflineRunner runner = new OfflineRunner(config, new PipelineStats())) {
            runner.run(paths, out);
        }
        return 0;
    }
}

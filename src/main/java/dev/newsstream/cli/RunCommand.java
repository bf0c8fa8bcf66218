package dev.newsstream.cli;

import dev.newsstream.config.NewsConfig;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", description = "Run the pipeline as a service (embedded broker unless --bootstrap-servers). Ctrl-C stops it.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions options;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /health and /metrics on this port (the http.port setting; 0 serves none).")
    Integer httpPort;

    @Override
    public Integer call() throws Exception {
        if (httpPort != null) {
            options.settings.put("http.port", Integer.toString(httpPort));
        }
        NewsConfig config = options.load(Main.ENVIRONMENT);
        CountDownLatch stopped = new CountDownLatch(1);
        PipelineService service = PipelineService.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            service.close();
            stopped.countDown();
        }, "newsstream-shutdown"));
        if (service.awaitRunning(Duration.ofSeconds(120))) {
            LOG.info("pipeline running; producers can push to {} on {}", config.topics().raw(), service.bootstrapServers());
        } else {
            LOG.error("pipeline did not reach RUNNING within 120 s");
        }
        stopped.await();
        return 0;
    }
}

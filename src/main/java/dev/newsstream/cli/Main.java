package dev.newsstream.cli;

import dev.newsstream.config.ConfigException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/newsstream}. */
@Command(name = "newsstream", mixinStandardHelpOptions = true, version = "newsstream 0.1.0",
        description = "Clean, deduplicate and enrich news articles with Kafka Streams.",
        subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, ConsumeCommand.class,
                EnrichCommand.class, BenchCommand.class, SoakCommand.class, ReplayDlqCommand.class})
public final class Main implements Runnable {
    /** The process environment, read once here; commands get it from this field. */
    static final Map<String, String> ENVIRONMENT = System.getenv();

    /** The bundled samples: beside the launcher ($NEWSSTREAM_HOME), else in the working directory. */
    static java.nio.file.Path samplesDir() {
        String home = ENVIRONMENT.get("NEWSSTREAM_HOME");
        return home == null ? java.nio.file.Path.of("samples") : java.nio.file.Path.of(home, "samples");
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        JvmOptions.missingWarning().ifPresent(cli.getErr()::println);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof java.io.IOException || e instanceof IllegalStateException) {
                commandLine.getErr().println("newsstream: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }
}

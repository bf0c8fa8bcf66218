package dev.newsstream.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsstream run} as a separate OS process on this JVM's classpath, so that the soak can
 * kill it the hard way (SIGKILL: no shutdown hook, no final commit) and start it again.
 */
final class PipelineProcess {
    private final List<String> command;
    private final Path logDir;
    private Process process;
    private int starts;

    /** @param runArguments the arguments after {@code run} (bootstrap servers, data dir, settings) */
    PipelineProcess(List<String> runArguments, String heap, Path logDir) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path"); // the child runs exactly this build
        List<String> c = new ArrayList<>(List.of(java, "-Xmx" + heap));
        c.addAll(JvmOptions.PIPELINE);
        c.addAll(List.of("-cp", classpath, Main.class.getName(), "run"));
        c.addAll(runArguments);
        this.command = List.copyOf(c);
        this.logDir = logDir;
    }

    void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the pipeline process is already running");
        }
        starts++;
        Path log = logDir.resolve("pipeline-" + starts + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM (the pipeline's shutdown hook closes the streams cleanly); SIGKILL after the grace time. */
    void stop(long graceSeconds) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
            kill();
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    int starts() {
        return starts;
    }
}

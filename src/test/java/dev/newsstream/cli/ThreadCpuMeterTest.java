package dev.newsstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuMeterTest {
    @Test
    void streamThreadsOfEveryInstanceAreOneGroupAndTheirProducersAnother() {
        String id = "newsstream-3f2a9c1e-77b0-4d1a-9e5f-0c1d2e3f4a5b";
        assertEquals(ThreadCpuMeter.STREAM_THREADS, ThreadCpuMeter.group(id + "-StreamThread-1"));
        assertEquals(ThreadCpuMeter.STREAM_THREADS, ThreadCpuMeter.group(id + "-StreamThread-2"));
        assertEquals("stream producer network",
                ThreadCpuMeter.group("kafka-producer-network-thread | " + id + "-StreamThread-2-producer"));
    }

    @Test
    void aPoolsNumberedThreadsAddUp() {
        assertEquals(ThreadCpuMeter.group("data-plane-kafka-request-handler-0"),
                ThreadCpuMeter.group("data-plane-kafka-request-handler-7"));
    }

    @Test
    void aThreadThatWorksIsCharged() {
        ThreadCpuMeter meter = new ThreadCpuMeter();
        long end = System.nanoTime() + 50_000_000;
        long spin = 0;
        while (System.nanoTime() < end) {
            spin++;
        }
        Map<String, Double> seconds = meter.secondsByGroup();
        assertTrue(spin > 0);
        assertTrue(seconds.getOrDefault(ThreadCpuMeter.group(Thread.currentThread().getName()), 0.0) > 0.01, seconds::toString);
    }

    @Test
    void theJvmsOwnThreadsAreGroupedByTheirLinuxNames() {
        assertEquals(ThreadCpuMeter.JIT_COMPILER, ThreadCpuMeter.vmGroup("C2 CompilerThre"));
        assertEquals(ThreadCpuMeter.JIT_COMPILER, ThreadCpuMeter.vmGroup("C1 CompilerThre"));
        assertEquals("garbage collector", ThreadCpuMeter.vmGroup("GC Thread#1"));
        assertEquals("garbage collector", ThreadCpuMeter.vmGroup("G1 Conc#0"));
        assertNull(ThreadCpuMeter.vmGroup("newsstream-1f3d"), "a Java thread is the thread MX bean's to count");
    }

    @Test
    void onLinuxTheJitCompilerThreadsAreSeen() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here");
        assertTrue(ThreadCpuMeter.vmThreadTicks().containsKey(ThreadCpuMeter.JIT_COMPILER), ThreadCpuMeter.vmThreadTicks()::toString);
    }
}

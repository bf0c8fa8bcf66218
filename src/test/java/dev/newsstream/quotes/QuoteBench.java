package dev.newsstream.quotes;

import dev.newsstream.model.Entity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread throughput of QuoteExtractor (not JMH: the build has no JMH dependency).
 * Usage: QuoteBench (none|crude) SECONDS FILE...  (first line of each file is the title)
 */
public final class QuoteBench {
    public static void main(String[] args) throws Exception {
        boolean crude = args[0].equals("crude");
        double seconds = Double.parseDouble(args[1]);
        List<String[]> docs = new ArrayList<>();
        List<List<Entity>> ents = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String raw = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            int nl = raw.indexOf('\n');
            String text = nl < 0 ? raw : raw.substring(nl + 1);
            docs.add(new String[] {nl < 0 ? null : raw.substring(0, nl), text});
            ents.add(crude ? DevHarness.crudeEntities(text) : List.of());
        }
        QuoteExtractor qx = new QuoteExtractor();
        long sink = 0;
        for (int w = 0; w < 20; w++) {
            for (int d = 0; d < docs.size(); d++) {
                sink += qx.extract(docs.get(d)[0], docs.get(d)[1], ents.get(d)).size();
            }
        }
        long n = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int d = 0; d < docs.size(); d++) {
                sink += qx.extract(docs.get(d)[0], docs.get(d)[1], ents.get(d)).size();
                n++;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        // CPU time of this thread: fairer than wall time on a shared machine
        System.out.printf("%d articles in %.2f s wall, %.2f s CPU: %.0f articles/s wall, %.0f articles/CPU-s (sink %d)%n",
                n, s, cpu, n / s, n / cpu, sink);
    }
}

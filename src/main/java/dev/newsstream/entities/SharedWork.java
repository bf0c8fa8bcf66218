package dev.newsstream.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the parts of one job on the calling thread and on idle helper threads, in parallel when
 * a core is free and on the caller alone when none is.
 *
 * <p>Why: each stream thread tags the articles of its own partitions, so when one thread runs out
 * of work (the end of a burst, the partitions of a quiet source, a thread waiting on a commit) its
 * core would idle while the other thread still has articles. Here a caller offers all but the
 * first part of an article to a JVM-wide pool of one helper per core, works through its own
 * part, then takes back every offered part no helper has started. A helper thus only ever runs a
 * part that no caller was ready to run, and the results are the same as run in order.
 */
final class SharedWork {
    private static final ExecutorService HELPERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), daemonThreads());

    private SharedWork() {}

    /** How many parts are worth making: one per core, at most one per {@code minPerPart} units of work. */
    static int parts(long work, long minPerPart) {
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), work / Math.max(1, minPerPart)));
    }

    /** {@code run} applied to each part, the results concatenated in part order. */
    static <S, T> List<T> concat(List<List<S>> parts, Function<List<S>, List<T>> run) {
        if (parts.size() == 1) {
            return run.apply(parts.get(0));
        }
        List<Part<S, T>> offered = new ArrayList<>();
        for (List<S> part : parts.subList(1, parts.size())) {
            Part<S, T> p = new Part<>(part, run);
            offered.add(p);
            HELPERS.execute(p::runUnlessTaken);
        }
        List<T> out = new ArrayList<>(run.apply(parts.get(0)));
        for (Part<S, T> p : offered) {
            p.runUnlessTaken();
        }
        for (Part<S, T> p : offered) {
            out.addAll(p.join());
        }
        return out;
    }

    /** Splits {@code items} into {@code n} runs of consecutive items of about equal total weight. */
    static <S> List<List<S>> balanced(List<S> items, int n, java.util.function.ToIntFunction<S> weight) {
        long total = 0;
        for (S s : items) {
            total += weight.applyAsInt(s);
        }
        List<List<S>> parts = new ArrayList<>();
        int from = 0;
        long done = 0;
        for (int i = 0; i < items.size() && parts.size() < n - 1; i++) {
            done += weight.applyAsInt(items.get(i));
            if (done * n >= total * (parts.size() + 1)) {
                parts.add(items.subList(from, i + 1));
                from = i + 1;
            }
        }
        parts.add(items.subList(from, items.size()));
        parts.removeIf(List::isEmpty);
        return parts.isEmpty() ? List.of(items) : parts;
    }

    private static final class Part<S, T> {
        private final List<S> items;
        private final Function<List<S>, List<T>> run;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CompletableFuture<List<T>> result = new CompletableFuture<>();

        Part(List<S> items, Function<List<S>, List<T>> run) {
            this.items = items;
            this.run = run;
        }

        void runUnlessTaken() {
            if (taken.compareAndSet(false, true)) {
                try {
                    result.complete(run.apply(items));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }
        }

        List<T> join() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ner-helper-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

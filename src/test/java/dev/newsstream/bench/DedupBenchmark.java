package dev.newsstream.bench;

import dev.newsstream.dedup.DedupConfig;
import dev.newsstream.dedup.DuplicateIndex;
import dev.newsstream.dedup.FingerprintStore;
import dev.newsstream.dedup.Shingler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The dedup stage alone on RocksDB with {@code preload} articles already indexed: articles per
 * second on one thread. Setup prints the state size per indexed original (key + value bytes, and the
 * compacted SST size). Articles are synthetic: 400 words drawn from a Zipf-like vocabulary,
 * a quarter of them near copies of an earlier one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class DedupBenchmark {
    @Param({"1000000"})
    public int preload;

    /** rocks: RocksDB without a write-ahead log, as Kafka Streams runs it; memory: a HashMap. */
    @Param({"rocks"})
    public String store;

    private static final int WORDS = 400;
    private static final int VOCABULARY = 20_000;
    private RocksDB db;
    private Path dir;
    private DuplicateIndex index;
    private final SplittableRandom random = new SplittableRandom(7);
    private static final int PENDING = 100_000;
    private String[] recent;
    private String[] pending;
    private String[] pendingHashes;
    private int taken;
    private long calls;
    private long threadCpuStart;
    private long processCpuStart;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long next;

    @Setup(Level.Trial)
    public void preload() throws Exception {
        RocksDB.loadLibrary();
        dir = Files.createTempDirectory("dedup-bench");
        // the table settings Kafka Streams' RocksDB stores use: bloom filters, 50 MB block cache, 16 MB memtables
        var table = new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10, false))
                .setBlockCache(new LRUCache(50L * 1024 * 1024)).setBlockSize(4096);
        db = RocksDB.open(new Options().setCreateIfMissing(true).setTableFormatConfig(table)
                .setWriteBufferSize(16L * 1024 * 1024).setMaxWriteBufferNumber(3), dir.toString());
        FingerprintStore fingerprints = store.equals("memory") ? new dev.newsstream.dedup.MapFingerprintStore() : new RocksStore(db);
        index = new DuplicateIndex(DedupConfig.defaults(), fingerprints);
        recent = new String[1024];
        long start = System.nanoTime();
        long originals = 0;
        for (int i = 0; i < preload; i++) {
            if (!index.check("a" + next, article(), next++).isDuplicate()) {
                originals++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        long keys = 0;
        try (RocksIterator it = db.newIterator()) {
            for (it.seekToFirst(); it.isValid(); it.next()) {
                bytes += it.key().length + it.value().length;
                keys++;
            }
        }
        db.compactRange();
        long sst = Long.parseLong(db.getProperty("rocksdb.total-sst-files-size"));
        // what a restart does: the index and its filter made anew from the store alone
        long rebuildStart = System.nanoTime();
        index = new DuplicateIndex(DedupConfig.defaults(), fingerprints);
        double rebuild = (System.nanoTime() - rebuildStart) / 1e9;
        System.out.printf("%npreloaded %d articles (%d originals) in %.0f s (%.0f/s); %d keys; per indexed original: "
                + "key+value bytes %.0f, compacted SST bytes %.0f; filter heap %d MB; index rebuilt from the store in %.1f s%n",
                preload, originals, seconds, preload / seconds, keys, (double) bytes / originals,
                (double) sst / originals, index.filterBytes() >> 20, rebuild);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        db.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Texts and their content hashes are made before each iteration so that the measurement is
     * the index alone: in the topology the intake stage computes the content hash.
     */
    @Setup(Level.Iteration)
    public void prepare() {
        pending = new String[PENDING];
        pendingHashes = new String[PENDING];
        for (int i = 0; i < PENDING; i++) {
            pending[i] = article();
            pendingHashes[i] = Shingler.contentHash(Shingler.tokens(pending[i]));
            next++;
        }
        taken = 0;
        next -= PENDING;
        calls = 0;
        threadCpuStart = THREADS.getCurrentThreadCpuTime();
        processCpuStart = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The machine is shared, so wall-clock throughput depends on the neighbours; articles per
     * CPU-second of this thread (and, more conservatively, of the whole process: JIT, GC and
     * RocksDB's flush and compaction threads included) says what one free core would do.
     */
    @TearDown(Level.Iteration)
    public void cpuRate() {
        double thread = (THREADS.getCurrentThreadCpuTime() - threadCpuStart) / 1e9;
        double process = (((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() - processCpuStart) / 1e9;
        System.out.printf("  [%d articles: %.0f per CPU-second of the benchmark thread, %.0f per CPU-second of the process]%n",
                calls, calls / thread, calls / process);
    }

    @Benchmark
    public boolean checkOneArticle() {
        calls++;
        if (taken < PENDING) {
            String text = pending[taken];
            return index.check("a" + next, text, pendingHashes[taken++], next++).isDuplicate();
        }
        return index.check("a" + next, article(), next++).isDuplicate();
    }

    /** A fresh article, or (one time in four) an edited copy of a recent one. */
    private String article() {
        int slot = (int) (next % recent.length);
        if (next > recent.length && random.nextInt(4) == 0) {
            String base = recent[random.nextInt(recent.length)];
            return base.substring(0, base.length() * 9 / 10) + " updated with a correction";
        }
        StringBuilder text = new StringBuilder(WORDS * 7);
        for (int w = 0; w < WORDS; w++) {
            // squaring a uniform draw skews towards frequent words, as in real text
            double u = random.nextDouble();
            text.append('w').append((int) (u * u * VOCABULARY)).append(w % 17 == 16 ? ". " : " ");
        }
        recent[slot] = text.toString();
        return recent[slot];
    }

    private record RocksStore(RocksDB db, WriteOptions noWal) implements FingerprintStore {
        RocksStore(RocksDB db) {
            // Kafka Streams disables the WAL too: the changelog topic is what makes the store durable
            this(db, new WriteOptions().setDisableWAL(true));
        }

        @Override
        public byte[] get(String key) {
            try {
                return db.get(key.getBytes(StandardCharsets.UTF_8));
            } catch (RocksDBException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void put(String key, byte[] value) {
            try {
                db.put(noWal, key.getBytes(StandardCharsets.UTF_8), value);
            } catch (RocksDBException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void delete(String key) {
            try {
                db.delete(noWal, key.getBytes(StandardCharsets.UTF_8));
            } catch (RocksDBException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void putAll(java.util.Map<String, byte[]> entries) {
            try (WriteBatch batch = new WriteBatch()) {
                for (var e : entries.entrySet()) {
                    batch.put(e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue());
                }
                db.write(noWal, batch);
            } catch (RocksDBException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void scan(String prefix, BiPredicate<String, byte[]> visitor) {
            byte[] from = prefix.getBytes(StandardCharsets.UTF_8);
            try (RocksIterator it = db.newIterator()) {
                for (it.seek(from); it.isValid(); it.next()) {
                    byte[] key = it.key();
                    if (!startsWith(key, from) || !visitor.test(new String(key, StandardCharsets.UTF_8), it.value())) {
                        return;
                    }
                }
            }
        }

        private static boolean startsWith(byte[] key, byte[] prefix) {
            if (key.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (key[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}

package dev.newsstream.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact and near-duplicate detection over every article seen within the retention window.
 *
 * <p>Exact: a hash of the normalised tokens. Near: a 64-value MinHash signature of word 5-gram
 * shingles, banded into 32 LSH buckets of 2 values, so that pairs with a shingle Jaccard of 0.3
 * meet in some bucket with probability 0.95 and of 0.5 with probability 0.9999; every candidate is
 * verified by its signature similarity before it is called a duplicate.
 *
 * <p>Only originals are indexed, so a duplicate always points at the original of its cluster,
 * never at another duplicate, and duplicates add nothing to the state.
 *
 * <p>Store layout: {@code h:<hash>} the original with that exact text; {@code s:<id>} seen-at
 * and signature of an original; {@code b:<band>:<values>} the originals in an LSH bucket.
 */
public final class DuplicateIndex {
    private static final int ROWS = 2;
    private static final int BANDS = Shingler.SIGNATURE_SIZE / ROWS;

    private final DedupConfig config;
    private final FingerprintStore store;

    public DuplicateIndex(DedupConfig config, FingerprintStore store) {
        this.config = config;
        this.store = store;
    }

    /** Decides whether {@code text} duplicates an indexed article, then indexes it. */
    public DedupDecision check(String id, String text, long seenAt) {
        return check(id, text, Shingler.contentHash(Shingler.tokens(text)), seenAt);
    }

    /**
     * As {@link #check(String, String, long)}, with the {@link Shingler#contentHash} of the text
     * already computed (the topology computes it before the single dedup partition).
     */
    public DedupDecision check(String id, String text, String contentHash, long seenAt) {
        List<String> tokens = Shingler.tokens(text);
        String hashKey = "h:" + contentHash;
        byte[] exact = store.get(hashKey);
        if (exact != null) {
            return new DedupDecision(readExact(exact), 1.0, DedupDecision.Method.EXACT);
        }
        long[] shingles = Shingler.shingles(tokens);
        if (shingles.length < config.minShingles()) {
            store.put(hashKey, writeExact(id, seenAt));
            return DedupDecision.unique();
        }
        int[] signature = Shingler.signature(shingles);
        String[] bucketKeys = new String[BANDS];
        List<List<String>> buckets = new ArrayList<>(BANDS);
        Set<String> candidates = new LinkedHashSet<>();
        for (int band = 0; band < BANDS; band++) {
            bucketKeys[band] = bandKey(band, signature);
            byte[] bucket = store.get(bucketKeys[band]);
            List<String> members = bucket == null ? List.of() : readBucket(bucket);
            buckets.add(members);
            candidates.addAll(members);
        }
        String bestOriginal = null;
        double best = 0;
        for (String candidate : candidates) {
            byte[] entry = store.get("s:" + candidate);
            if (entry == null || candidate.equals(id)) {
                continue;
            }
            Signed signed = readSigned(entry);
            double similarity = Shingler.similarity(signature, signed.signature);
            if (similarity > best) {
                best = similarity;
                bestOriginal = candidate;
            }
        }
        boolean duplicate = best >= config.nearThreshold();
        String original = duplicate ? bestOriginal : id;
        Map<String, byte[]> writes = new LinkedHashMap<>();
        if (!duplicate) {
            // only originals are indexed: a later copy meets its original, so no duplicate is ever named
            writes.put("s:" + id, writeSigned(new Signed(seenAt, signature)));
            writes.put(hashKey, writeExact(id, seenAt));
            for (int band = 0; band < BANDS; band++) {
                List<String> members = new ArrayList<>(buckets.get(band));
                members.add(id);
                if (members.size() > config.maxBucketSize()) {
                    members = members.subList(members.size() - config.maxBucketSize(), members.size());
                }
                writes.put(bucketKeys[band], writeBucket(members));
            }
        }
        store.putAll(writes);
        return duplicate ? new DedupDecision(original, best, DedupDecision.Method.NEAR) : DedupDecision.unique();
    }

    /** Drops everything seen before {@code now - retention}; returns the number of entries removed. */
    public int expire(long now) {
        long cutoff = now - config.retention().toMillis();
        List<String> deletes = new ArrayList<>();
        Map<String, byte[]> rewrites = new HashMap<>();
        store.forEach((key, value) -> {
            if (key.startsWith("b:")) {
                List<String> members = readBucket(value);
                List<String> kept = members.stream().filter(id -> live(id, cutoff)).toList();
                if (kept.isEmpty()) {
                    deletes.add(key);
                } else if (kept.size() < members.size()) {
                    rewrites.put(key, writeBucket(kept));
                }
            } else if (key.startsWith("h:") && readExactSeenAt(value) < cutoff
                    || key.startsWith("s:") && readSigned(value).seenAt < cutoff) {
                deletes.add(key);
            }
        });
        deletes.forEach(store::delete);
        rewrites.forEach(store::put);
        return deletes.size() + rewrites.size();
    }

    private boolean live(String id, long cutoff) {
        byte[] entry = store.get("s:" + id);
        return entry != null && readSigned(entry).seenAt >= cutoff;
    }

    private static String bandKey(int band, int[] signature) {
        StringBuilder key = new StringBuilder("b:").append(band).append(':');
        for (int r = 0; r < ROWS; r++) {
            key.append(Integer.toHexString(signature[band * ROWS + r])).append('.');
        }
        return key.toString();
    }

    private record Signed(long seenAt, int[] signature) {}

    private static byte[] writeExact(String id, long seenAt) {
        return write(out -> {
            out.writeLong(seenAt);
            out.writeUTF(id);
        });
    }

    private static String readExact(byte[] value) {
        return read(value, in -> {
            in.readLong();
            return in.readUTF();
        });
    }

    private static long readExactSeenAt(byte[] value) {
        return read(value, DataInputStream::readLong);
    }

    private static byte[] writeSigned(Signed signed) {
        return write(out -> {
            out.writeLong(signed.seenAt);
            for (int v : signed.signature) {
                out.writeInt(v);
            }
        });
    }

    private static Signed readSigned(byte[] value) {
        return read(value, in -> {
            long seenAt = in.readLong();
            int[] signature = new int[Shingler.SIGNATURE_SIZE];
            for (int i = 0; i < signature.length; i++) {
                signature[i] = in.readInt();
            }
            return new Signed(seenAt, signature);
        });
    }

    private static byte[] writeBucket(List<String> members) {
        return write(out -> {
            for (String id : members) {
                out.writeUTF(id);
            }
        });
    }

    private static List<String> readBucket(byte[] value) {
        return read(value, in -> {
            List<String> members = new ArrayList<>();
            while (in.available() > 0) {
                members.add(in.readUTF());
            }
            return members;
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] value, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt dedup store entry", e);
        }
    }
}

package dev.newsstream.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact and near-duplicate detection over every article seen within the retention window.
 *
 * <p>Exact: a 64-bit prefix of the SHA-256 of the normalised tokens. Near: a 32-position
 * one-permutation MinHash of the word 5-gram shingles, cut into 16 LSH bands of 2 positions, so
 * that a pair with a shingle Jaccard of 0.5 shares a band with probability 0.99, of 0.6 with
 * 0.9993 and of 0.7 with 0.99998. Every candidate that shares a band is then verified by the
 * exact Jaccard of the two stored shingle sets ({@link ShingleSet}); only that exact figure is
 * compared with the threshold and reported.
 *
 * <p>Originals are indexed, and near copies that differ enough from what they matched
 * ({@link #INDEX_COPIES_BELOW}) are indexed under their original's id, so a duplicate always
 * points at the original of its cluster, never at another duplicate, and a copy is caught when
 * it resembles any indexed member of the cluster. Which article is the original is decided by
 * the caller's order: the first one checked.
 *
 * <p>Store layout (ASCII keys, numbers in 6-bit digits so that key order is numeric order):
 * <ul>
 *   <li>{@code n} the next sequence number;</li>
 *   <li>{@code s<seq>} an original: seen-at, exact hash, bands indexed, id, coded shingle set;</li>
 *   <li>{@code h<exact hash>} the sequence number of the original with that exact text;</li>
 *   <li>{@code b<band><band hash>} the sequence numbers (5 bytes each, oldest first, at most
 *       {@link DedupConfig#maxBucketSize()}) of the originals in that LSH bucket: a lookup is a
 *       point read, which RocksDB's bloom filters answer cheaply, where a prefix scan has to seek
 *       in every level.</li>
 * </ul>
 * An in-memory {@link BandFilter} over the {@code h} and {@code b} keys, rebuilt from the store
 * when the index is made (so after a restart or a restore from the changelog), lets most
 * lookups of absent keys skip the store.
 */
public final class DuplicateIndex {
    private static final int SEQ_DIGITS = 6;
    private static final int SEQ_BYTES = 5;
    private static final int BAND_DIGITS = 6;
    private static final int EXACT_DIGITS = 11;

    private static final long MIN_FILTER_KEYS = 1 << 16;

    /**
     * A near copy less similar than this to the article it matched is indexed too, under its
     * original's id: a later copy edited the same way resembles it more than the original (two
     * copies each at 0.7 to the original can be under 0.5 to each other, and the copy may be the
     * first to arrive). Closer copies add nothing to find and are not stored.
     */
    static final double INDEX_COPIES_BELOW = 0.8;

    private final DedupConfig config;
    private final FingerprintStore store;
    private BandFilter filter;
    private long filterKeys;
    private long nextSeq;

    public DuplicateIndex(DedupConfig config, FingerprintStore store) {
        this.config = config;
        this.store = store;
        byte[] next = store.get("n");
        this.nextSeq = next == null ? 0 : ByteBuffer.wrap(next).getLong();
        rebuildFilter(MIN_FILTER_KEYS);
        if (filterKeys > filter.capacity()) {
            rebuildFilter(filterKeys * 2);
        }
    }

    /**
     * Makes the filter anew from the {@code b} and {@code h} keys in the store: at start (so it
     * matches the restored state) and when the state outgrows it, doubling up to the configured
     * bound, so its memory follows the state (about 38 bytes per original).
     */
    private void rebuildFilter(long capacityKeys) {
        long bound = config.expectedOriginals() * (Shingler.BANDS + 1);
        filter = new BandFilter(Math.max(MIN_FILTER_KEYS, Math.min(capacityKeys, bound)));
        filterKeys = 0;
        store.scan("b", (key, value) -> {
            long keyHash = bandFilterHash(key.charAt(1) - 'A', decode(key, 2, BAND_DIGITS));
            for (int m = 0; m < value.length / SEQ_BYTES; m++) {
                addToFilter(keyHash); // one per member, as added and as expired
            }
            return true;
        });
        store.scan("h", (key, value) -> {
            addToFilter(exactFilterHash(decode(key, 1, EXACT_DIGITS)));
            return true;
        });
    }

    private void addToFilter(long keyHash) {
        filter.add(keyHash);
        filterKeys++;
    }

    private void removeFromFilter(long keyHash) {
        filter.remove(keyHash);
        filterKeys--;
    }

    private void growFilterIfFull() {
        long bound = config.expectedOriginals() * (Shingler.BANDS + 1);
        if (filterKeys > filter.capacity() && filter.capacity() < bound) {
            rebuildFilter(filter.capacity() * 2);
        }
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
        ShingleSet shingles = Shingler.shingles(text);
        if (shingles.size() == 0 && Shingler.tokens(text).isEmpty()) {
            return DedupDecision.unique(); // no words: nothing to be a copy of
        }
        long exact = Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
        String exactKey = "h" + encode(exact, EXACT_DIGITS);
        if (filter.mightContain(exactFilterHash(exact))) {
            byte[] seq = store.get(exactKey);
            Original original = seq == null ? null : original(ByteBuffer.wrap(seq).getLong());
            if (original != null) {
                return new DedupDecision(original.id, 1.0, DedupDecision.Method.EXACT);
            }
        }
        long[] bandHashes = new long[Shingler.BANDS];
        byte[][] buckets = new byte[Shingler.BANDS][];
        if (shingles.size() >= config.minShingles()) {
            int[] signature = Shingler.signature(shingles);
            for (int band = 0; band < Shingler.BANDS; band++) {
                bandHashes[band] = Shingler.bandHash(signature, band) >>> (64 - 6 * BAND_DIGITS);
            }
            Verifier verifier = new Verifier(shingles);
            for (int band = 0; band < Shingler.BANDS; band++) {
                if (readBucket(band, bandHashes, buckets)) {
                    ByteBuffer members = ByteBuffer.wrap(buckets[band]);
                    while (members.remaining() >= SEQ_BYTES) {
                        verifier.verify(readSeq(members));
                    }
                    // a verified match ends the search: the other bands can only repeat its story
                    if (verifier.best >= config.nearThreshold()) {
                        if (verifier.best < INDEX_COPIES_BELOW) {
                            for (int rest = band + 1; rest < Shingler.BANDS; rest++) {
                                readBucket(rest, bandHashes, buckets);
                            }
                            index(verifier.bestId, seenAt, exact, exactKey, shingles, bandHashes, buckets);
                        }
                        return new DedupDecision(verifier.bestId, verifier.best, DedupDecision.Method.NEAR);
                    }
                }
            }
        }
        index(id, seenAt, exact, exactKey, shingles, bandHashes, buckets);
        return DedupDecision.unique();
    }

    /** Reads the bucket of {@code band} into {@code buckets}; true when it has members. */
    private boolean readBucket(int band, long[] bandHashes, byte[][] buckets) {
        if (filter.mightContain(bandFilterHash(band, bandHashes[band]))) {
            buckets[band] = store.get(bucketKey(band, bandHashes[band]));
        }
        return buckets[band] != null;
    }

    /**
     * Checks candidates by the exact Jaccard of their stored shingle sets, each once, at most
     * {@code maxBucketSize} of them; keeps the best (the older one on a tie).
     */
    private final class Verifier {
        private final ShingleSet shingles;
        private long[] seen = new long[8];
        private int count;
        double best = -1;
        long bestSeq = Long.MAX_VALUE;
        String bestId;

        Verifier(ShingleSet shingles) {
            this.shingles = shingles;
        }

        void verify(long seq) {
            for (int i = 0; i < count; i++) {
                if (seen[i] == seq) {
                    return;
                }
            }
            if (count >= config.maxBucketSize()) {
                return;
            }
            if (count == seen.length) {
                seen = Arrays.copyOf(seen, count * 2);
            }
            seen[count++] = seq;
            Original candidate = original(seq);
            if (candidate == null) {
                return;
            }
            double jaccard = shingles.jaccard(candidate.shingles());
            if (jaccard > best || jaccard == best && seq < bestSeq) {
                best = jaccard;
                bestSeq = seq;
                bestId = candidate.id;
            }
        }
    }

    private void index(String id, long seenAt, long exact, String exactKey, ShingleSet shingles,
                       long[] bandHashes, byte[][] buckets) {
        long seq = nextSeq++;
        Map<String, byte[]> writes = new LinkedHashMap<>();
        int bands = 0;
        if (shingles.size() >= config.minShingles()) {
            for (int band = 0; band < Shingler.BANDS; band++) {
                byte[] bucket = buckets[band];
                int members = bucket == null ? 0 : bucket.length / SEQ_BYTES;
                // a full bucket takes no more members: hot shingle runs cannot grow the state
                if (members < config.maxBucketSize()) {
                    bands |= 1 << band;
                    ByteBuffer grown = ByteBuffer.allocate((members + 1) * SEQ_BYTES);
                    if (bucket != null) {
                        grown.put(bucket);
                    }
                    writeSeq(grown, seq);
                    writes.put(bucketKey(band, bandHashes[band]), grown.array());
                    addToFilter(bandFilterHash(band, bandHashes[band]));
                }
            }
        }
        writes.put("s" + encode(seq, SEQ_DIGITS), writeOriginal(seenAt, exact, bands, id, shingles));
        writes.put(exactKey, ByteBuffer.allocate(8).putLong(seq).array());
        writes.put("n", ByteBuffer.allocate(8).putLong(nextSeq).array());
        addToFilter(exactFilterHash(exact));
        store.putAll(writes);
        growFilterIfFull();
    }

    private static void writeSeq(ByteBuffer out, long seq) {
        out.put((byte) (seq >>> 32)).putInt((int) seq);
    }

    private static long readSeq(ByteBuffer in) {
        return (in.get() & 0xFFL) << 32 | (in.getInt() & 0xFFFFFFFFL);
    }

    /**
     * Drops the originals seen before {@code now - retention}, oldest sequence first, stopping at
     * the first one still live (so an entry behind a newer-stamped one waits for it); returns the
     * number of originals removed.
     */
    public int expire(long now) {
        long cutoff = now - config.retention().toMillis();
        List<String> expired = new ArrayList<>();
        List<Original> originals = new ArrayList<>();
        store.scan("s", (key, value) -> {
            Original original = readOriginal(value);
            if (original.seenAt >= cutoff) {
                return false;
            }
            expired.add(key);
            originals.add(original);
            return true;
        });
        for (int i = 0; i < expired.size(); i++) {
            String key = expired.get(i);
            Original original = originals.get(i);
            long seq = decode(key, 1, SEQ_DIGITS);
            if (original.bands != 0) {
                int[] signature = Shingler.signature(original.shingles());
                for (int band = 0; band < Shingler.BANDS; band++) {
                    if ((original.bands & (1 << band)) != 0) {
                        long bandHash = Shingler.bandHash(signature, band) >>> (64 - 6 * BAND_DIGITS);
                        removeMember(bucketKey(band, bandHash), seq);
                        removeFromFilter(bandFilterHash(band, bandHash));
                    }
                }
            }
            store.delete("h" + encode(original.exact, EXACT_DIGITS));
            removeFromFilter(exactFilterHash(original.exact));
            store.delete(key);
        }
        return expired.size();
    }

    private void removeMember(String key, long seq) {
        byte[] bucket = store.get(key);
        if (bucket == null) {
            return;
        }
        ByteBuffer in = ByteBuffer.wrap(bucket);
        ByteBuffer kept = ByteBuffer.allocate(bucket.length);
        while (in.remaining() >= SEQ_BYTES) {
            long member = readSeq(in);
            if (member != seq) {
                writeSeq(kept, member);
            }
        }
        if (kept.position() == 0) {
            store.delete(key);
        } else {
            store.put(key, java.util.Arrays.copyOf(kept.array(), kept.position()));
        }
    }

    /** Heap bytes of the in-memory filter now. */
    public long filterBytes() {
        return filter.bytes();
    }

    private Original original(long seq) {
        byte[] value = store.get("s" + encode(seq, SEQ_DIGITS));
        return value == null ? null : readOriginal(value);
    }

    private static String bucketKey(int band, long bandHash) {
        return "b" + (char) ('A' + band) + encode(bandHash, BAND_DIGITS);
    }

    private static long bandFilterHash(int band, long bandHash) {
        return Shingler.mix(bandHash * 0x9E3779B97F4A7C15L + band + 1);
    }

    private static long exactFilterHash(long exact) {
        return Shingler.mix(exact ^ 0x5851F42D4C957F2DL);
    }

    /** {@code digits} characters of 6 bits each, most significant first, from '0' upwards. */
    static String encode(long value, int digits) {
        char[] chars = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            chars[i] = (char) ('0' + (value & 63));
            value >>>= 6;
        }
        return new String(chars);
    }

    static long decode(String key, int from, int digits) {
        long value = 0;
        for (int i = from; i < from + digits; i++) {
            value = (value << 6) | (key.charAt(i) - '0');
        }
        return value;
    }

    /** An indexed original as stored; its shingle set is decoded only when asked for. */
    private record Original(long seenAt, long exact, int bands, String id, byte[] value, int setOffset) {
        ShingleSet shingles() {
            return ShingleSet.decode(value, setOffset);
        }
    }

    private static byte[] writeOriginal(long seenAt, long exact, int bands, String id, ShingleSet shingles) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        byte[] set = shingles.encode();
        return ByteBuffer.allocate(8 + 8 + 4 + 2 + idBytes.length + set.length)
                .putLong(seenAt).putLong(exact).putInt(bands)
                .putShort((short) idBytes.length).put(idBytes).put(set).array();
    }

    private static Original readOriginal(byte[] value) {
        ByteBuffer in = ByteBuffer.wrap(value);
        long seenAt = in.getLong();
        long exact = in.getLong();
        int bands = in.getInt();
        int idLength = Short.toUnsignedInt(in.getShort());
        String id = new String(value, in.position(), idLength, StandardCharsets.UTF_8);
        return new Original(seenAt, exact, bands, id, value, in.position() + idLength);
    }
}

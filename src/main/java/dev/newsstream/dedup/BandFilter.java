package dev.newsstream.dedup;

/**
 * An in-memory membership filter of the index's lookup keys (LSH band keys and exact hashes),
 * so that a key that is surely absent costs no store read. Most band keys of a new article are
 * absent, so this removes most reads.
 *
 * <p>A fixed table of 8-slot buckets of 8-bit fingerprints (one {@code long} per bucket): a key
 * hashes to one bucket and one non-zero fingerprint. Removal takes one equal fingerprint out,
 * which keeps the multiset right because every removed key was added before. A bucket that
 * fills up is marked overflowed and answers "maybe" for every key until the filter is rebuilt
 * (at the next start), so the filter never gives a false "absent" and memory stays fixed:
 * 8 bytes per 4 expected keys. At the design load (4 keys a bucket) about 2% of buckets
 * overflow and a fingerprint match adds about 1.6%, so about 4% of absent keys still cost a read.
 */
final class BandFilter {
    private final long[] buckets;
    private final boolean[] overflowed;

    BandFilter(long expectedKeys) {
        int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(64, expectedKeys / 4));
        this.buckets = new long[n];
        this.overflowed = new boolean[n];
    }

    private int bucket(long keyHash) {
        return (int) (((keyHash >>> 32) * buckets.length) >>> 32);
    }

    private static int fingerprint(long keyHash) {
        int fp = (int) (keyHash & 0xFF);
        return fp == 0 ? 1 : fp;
    }

    boolean mightContain(long keyHash) {
        int b = bucket(keyHash);
        if (overflowed[b]) {
            return true;
        }
        long slots = buckets[b];
        int fp = fingerprint(keyHash);
        for (int i = 0; i < 8; i++) {
            if (((slots >>> (i * 8)) & 0xFF) == fp) {
                return true;
            }
        }
        return false;
    }

    void add(long keyHash) {
        int b = bucket(keyHash);
        if (overflowed[b]) {
            return;
        }
        long slots = buckets[b];
        for (int i = 0; i < 8; i++) {
            if (((slots >>> (i * 8)) & 0xFF) == 0) {
                buckets[b] = slots | ((long) fingerprint(keyHash) << (i * 8));
                return;
            }
        }
        overflowed[b] = true;
    }

    void remove(long keyHash) {
        int b = bucket(keyHash);
        if (overflowed[b]) {
            return;
        }
        long slots = buckets[b];
        int fp = fingerprint(keyHash);
        for (int i = 0; i < 8; i++) {
            if (((slots >>> (i * 8)) & 0xFF) == fp) {
                buckets[b] = slots & ~(0xFFL << (i * 8));
                return;
            }
        }
    }

    /** Keys it holds at its design load. */
    long capacity() {
        return buckets.length * 4L;
    }

    long bytes() {
        return buckets.length * 9L;
    }
}

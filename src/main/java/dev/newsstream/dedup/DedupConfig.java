package dev.newsstream.dedup;

import java.time.Duration;

/**
 * Settings of near-duplicate detection.
 *
 * @param retention how long an article stays in the index
 * @param nearThreshold exact shingle Jaccard at or above which a candidate is a near duplicate
 * @param minShingles texts with fewer shingles are checked for exact duplicates only, so that
 *     short or empty bodies never meet in crowded buckets
 * @param maxBucketSize entries kept per LSH bucket; bounds state and work when one shingle run
 *     is everywhere (a wire-service tag line that survived cleaning)
 * @param expectedOriginals originals the in-memory lookup filter grows to at most (about 38 bytes of
 *     heap each); beyond it the filter lets more absent keys through to the store, which is
 *     slower but still right
 */
public record DedupConfig(Duration retention, double nearThreshold, int minShingles, int maxBucketSize,
                          long expectedOriginals) {
    public static final long DEFAULT_EXPECTED_ORIGINALS = 2_000_000;

    public DedupConfig(Duration retention, double nearThreshold, int minShingles, int maxBucketSize) {
        this(retention, nearThreshold, minShingles, maxBucketSize, DEFAULT_EXPECTED_ORIGINALS);
    }

    public static DedupConfig defaults() {
        return new DedupConfig(Duration.ofDays(7), 0.5, 8, 64);
    }
}

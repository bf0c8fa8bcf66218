package dev.newsstream.dedup;

import java.time.Duration;

/**
 * Settings of near-duplicate detection.
 *
 * @param retention how long an article stays in the index
 * @param nearThreshold estimated shingle Jaccard at or above which a candidate is a duplicate
 * @param minShingles texts with fewer shingles are checked for exact duplicates only, so that
 *     short or empty bodies never meet in crowded buckets
 * @param maxBucketSize newest entries kept per LSH bucket; bounds state when one shingle run is
 *     everywhere (a wire-service tag line that survived cleaning)
 */
public record DedupConfig(Duration retention, double nearThreshold, int minShingles, int maxBucketSize) {
    public static DedupConfig defaults() {
        return new DedupConfig(Duration.ofDays(7), 0.5, 8, 64);
    }
}

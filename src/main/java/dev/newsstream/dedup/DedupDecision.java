package dev.newsstream.dedup;

/**
 * The verdict on one article.
 *
 * @param originalId the first article of the cluster (never itself a duplicate), or null when unique
 * @param similarity exact Jaccard of the word 5-gram shingle sets (20-bit hashes, see {@link ShingleSet}), 1.0 for exact duplicates
 */
public record DedupDecision(String originalId, double similarity, Method method) {
    public enum Method { EXACT, NEAR }

    public static DedupDecision unique() {
        return new DedupDecision(null, 0.0, null);
    }

    public boolean isDuplicate() {
        return originalId != null;
    }
}

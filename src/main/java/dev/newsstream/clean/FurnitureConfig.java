package dev.newsstream.clean;

/**
 * When a recurring line of one source counts as its site furniture.
 *
 * @param minArticles articles of a source seen before anything is learned about it
 * @param minShare share of the source's recent articles a line must appear in
 * @param maxLinesPerSource line counters kept per source; bounds the state of each source
 */
public record FurnitureConfig(int minArticles, double minShare, int maxLinesPerSource) {

    public FurnitureConfig {
        if (minArticles < 2 || minShare <= 0 || minShare > 1 || maxLinesPerSource < 1) {
            throw new IllegalArgumentException("furniture: minArticles >= 2, 0 < minShare <= 1, maxLinesPerSource >= 1");
        }
    }

    /**
     * Ten articles before trusting a pattern; a line in 30% of them is a wrapper (a series banner
     * may sit on a third of a site's stories); 400 counters hold a site's wrapper lines plus the
     * body lines of its last ten or so articles.
     */
    public static FurnitureConfig defaults() {
        return new FurnitureConfig(10, 0.3, 400);
    }
}

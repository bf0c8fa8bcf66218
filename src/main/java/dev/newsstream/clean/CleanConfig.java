package dev.newsstream.clean;

/**
 * Limits of the clean stage.
 *
 * @param maxHtmlDepth deepest element nesting accepted before the page is rejected as pathological
 * @param maxHtmlElements most elements accepted before the page is rejected as pathological
 * @param maxChars body characters looked at; longer bodies are cut (the decoder rejects oversized ones first)
 */
public record CleanConfig(int maxHtmlDepth, int maxHtmlElements, int maxChars) {

    public CleanConfig {
        if (maxHtmlDepth < 1 || maxHtmlElements < 1 || maxChars < 1) {
            throw new IllegalArgumentException("clean limits must be positive");
        }
    }

    public static CleanConfig defaults() {
        return new CleanConfig(512, 200_000, 2_000_000);
    }
}

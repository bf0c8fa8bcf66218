package dev.newsstream.clean;

public record CleanConfig(int maxHtmlDepth, int maxHtmlElements, int maxChars) {
    public static CleanConfig defaults() {
        return new CleanConfig(512, 200_000, 2_000_000);
    }
}

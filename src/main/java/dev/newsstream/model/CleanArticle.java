package dev.newsstream.model;

import java.util.Map;

/**
 * The output of the clean stage: the main text of an article with the furniture removed.
 *
 * @param title the producer's title, else the headline found in the page, else null
 * @param byline the author line found in the page, else null
 * @param text the main text, paragraphs separated by one blank line ("\n\n"), NFC-normalised
 */
public record CleanArticle(
        String id,
        String url,
        String source,
        String title,
        String byline,
        Long publishedAt,
        String text,
        String language,
        Map<String, String> metadata) {

    public CleanArticle {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** Number of whitespace-separated words in {@link #text}. */
    public int wordCount() {
        return Texts.wordCount(text);
    }
}

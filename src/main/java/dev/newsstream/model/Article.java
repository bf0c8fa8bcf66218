package dev.newsstream.model;

import java.util.Map;

/**
 * A decoded raw article, before cleaning. {@code id} is never null here: the decoder derives it
 * from the url or a body hash when the producer sent none.
 *
 * @param publishedAt epoch millis, or null when unknown
 */
public record Article(
        String id,
        String url,
        String source,
        String title,
        String body,
        ContentType contentType,
        String language,
        Long publishedAt,
        Map<String, String> metadata) {

    public Article {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        contentType = contentType == null ? ContentType.AUTO : contentType;
    }
}

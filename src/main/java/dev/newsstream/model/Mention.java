package dev.newsstream.model;

/**
 * One occurrence of an entity: {@code text} equals {@code text.substring(start, end)} of the
 * article text, or of the title when {@code inTitle}. Offsets are Java String (UTF-16) indices.
 */
public record Mention(String text, int start, int end, boolean inTitle) {}

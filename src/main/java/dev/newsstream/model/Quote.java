package dev.newsstream.model;

/**
 * A direct quote: {@code text} is the quoted words without the marks and equals
 * {@code substring(start, end)} of the article text (of the title when {@code inTitle}).
 *
 * @param speaker canonical entity name, or null when the article does not say
 * @param cue the speech verb or phrase ("said", "told reporters", "according to"), or null
 */
public record Quote(String text, String speaker, String cue, int start, int end, boolean inTitle) {}

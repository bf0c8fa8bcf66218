package dev.newsstream.model;

/** How a raw body is to be read. */
public enum ContentType {
    /** Detect HTML by its markup, else text. */
    AUTO,
    /** Page text: what copying a rendered page gives. */
    TEXT,
    /** Raw HTML. */
    HTML
}

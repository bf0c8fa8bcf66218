package dev.newsstream.clean;

import java.util.List;

/** What an extractor found in one page, before it becomes a CleanArticle. */
record Extraction(String title, String byline, List<String> paragraphs, Long publishedAt) {
    Extraction {
        paragraphs = List.copyOf(paragraphs);
    }
}

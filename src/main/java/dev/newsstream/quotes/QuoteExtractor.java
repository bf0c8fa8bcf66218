package dev.newsstream.quotes;

import dev.newsstream.model.Entity;
import dev.newsstream.model.Quote;
import java.util.List;

// TEMPORARY placeholder
public final class QuoteExtractor {
    public List<Quote> extract(String title, String text, List<Entity> entities) { return List.of(); }
}

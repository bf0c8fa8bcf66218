package dev.newsstream.model;

import java.util.List;

/** A clean article with its entities and quotes: what the enrich stage returns. */
public record EnrichedDoc(CleanArticle article, List<Entity> entities, List<Quote> quotes) {
    public EnrichedDoc {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}

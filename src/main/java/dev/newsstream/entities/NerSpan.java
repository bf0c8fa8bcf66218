package dev.newsstream.entities;

import dev.newsstream.model.EntityType;

/** A typed span found by an NER engine; offsets into the string given. */
public record NerSpan(EntityType type, int start, int end) {}

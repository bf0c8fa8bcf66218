package dev.newsstream.entities;

import dev.newsstream.model.EntityType;

public record NerSpan(EntityType type, int start, int end) {}

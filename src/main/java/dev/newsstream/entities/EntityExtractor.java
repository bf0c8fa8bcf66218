package dev.newsstream.entities;

import dev.newsstream.model.Entity;
import java.util.List;

// TEMPORARY placeholder
public final class EntityExtractor {
    public EntityExtractor(EntityRecognizer recognizer) {}
    public List<Entity> extract(String title, String text) { return List.of(); }
}

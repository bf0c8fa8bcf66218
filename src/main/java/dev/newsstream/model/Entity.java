package dev.newsstream.model;

import java.util.List;

/**
 * An entity of one article with its mentions clustered under a canonical name.
 *
 * @param name the fullest form used in the article, with no title and no possessive
 * @param salience how central the entity is to the article, in [0, 1]
 */
public record Entity(EntityType type, String name, List<Mention> mentions, double salience) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}

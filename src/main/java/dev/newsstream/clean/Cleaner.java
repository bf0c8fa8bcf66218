package dev.newsstream.clean;

import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Outcome;

// TEMPORARY placeholder until the clean helper's stage is merged
public final class Cleaner {
    public Cleaner(CleanConfig config) {}

    public Outcome<CleanArticle> clean(Article a) {
        String text = java.text.Normalizer.normalize(a.body(), java.text.Normalizer.Form.NFC).strip();
        return Outcome.accept(new CleanArticle(a.id(), a.url(), a.source(), a.title(), null, a.publishedAt(), text, a.language(), a.metadata()));
    }
}

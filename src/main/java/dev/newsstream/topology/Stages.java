package dev.newsstream.topology;

import dev.newsstream.clean.CleanConfig;
import dev.newsstream.clean.Cleaner;
import dev.newsstream.clean.SiteFurniture;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.entities.CoreNlpRecognizer;
import dev.newsstream.entities.EntityExtractor;
import dev.newsstream.kafka.RawArticleDecoder;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Outcome;
import dev.newsstream.quotes.QuoteExtractor;
import dev.newsstream.validate.ArticleValidator;

/**
 * The stateless stages, built once per topology and shared by every stream thread (each stage
 * is thread-safe). Order is fixed by the topology: decode, validate, clean, dedup, enrich.
 */
record Stages(RawArticleDecoder decoder, ArticleValidator validator, Cleaner cleaner,
              EntityExtractor entities, QuoteExtractor quotes) {

    /** Decode, validate and clean one raw record, learning the source's furniture on the way. */
    Outcome<CleanArticle> intake(String key, byte[] value, SiteFurniture furniture) {
        return decoder.decode(key, value).then(validator::validate).then(a -> cleaner.cleanLearning(a, furniture));
    }

    static Stages create(NewsConfig config, WireFormat wire) {
        return new Stages(new RawArticleDecoder(wire), new ArticleValidator(config.maxBodyBytes()),
                new Cleaner(CleanConfig.defaults()), new EntityExtractor(CoreNlpRecognizer.shared()),
                new QuoteExtractor());
    }
}

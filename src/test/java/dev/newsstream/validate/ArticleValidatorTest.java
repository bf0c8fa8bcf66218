package dev.newsstream.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.newsstream.model.Article;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import dev.newsstream.model.Rejection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {
    private final ArticleValidator validator = new ArticleValidator(1000);

    private static Article article(String body) {
        return new Article("id", null, null, null, body, ContentType.AUTO, null, null, Map.of());
    }

    private RejectReason reason(String body) {
        Outcome<Article> outcome = validator.validate(article(body));
        return assertInstanceOf(Outcome.Rejected.class, outcome).rejection().reason();
    }

    @Test
    void acceptsOrdinaryText() {
        assertInstanceOf(Outcome.Accepted.class, validator.validate(article("A line.\n\nAnother “quoted” line, ünïcode.")));
    }

    @Test
    void rejectsEmptyOversizedAndBinary() {
        assertEquals(RejectReason.EMPTY_BODY, reason(" \n\t "));
        assertEquals(RejectReason.MISSING_BODY, reason(null));
        assertEquals(RejectReason.OVERSIZED, reason("x".repeat(1001)));
        assertEquals(RejectReason.OVERSIZED, reason("é".repeat(501)), "the limit counts UTF-8 bytes, not chars");
        assertEquals(RejectReason.BINARY_CONTENT, reason("text\u0000more"));
        assertEquals(RejectReason.BINARY_CONTENT, reason("ok \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD bad"));
    }

    @Test
    void rejectsOverLongIdsAndIdsWithControlCharacters() {
        String body = "A line of text.";
        Outcome<Article> longId = validator.validate(new Article("x".repeat(513), null, null, null, body, ContentType.AUTO, null, null, Map.of()));
        assertEquals(RejectReason.INVALID_ID, assertInstanceOf(Outcome.Rejected.class, longId).rejection().reason());
        Outcome<Article> control = validator.validate(new Article("a\u0007b", null, null, null, body, ContentType.AUTO, null, null, Map.of()));
        Rejection r = assertInstanceOf(Outcome.Rejected.class, control).rejection();
        assertEquals(RejectReason.INVALID_ID, r.reason());
        assertEquals(-1, r.detail().indexOf('\u0007'), "the detail shows control characters escaped");
        assertInstanceOf(Outcome.Accepted.class, validator.validate(new Article("x".repeat(512), null, null, null, body, ContentType.AUTO, null, null, Map.of())));
    }
}

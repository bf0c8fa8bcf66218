package dev.newsstream.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.DuplicateMethod;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.model.Article;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

class RawArticleDecoderTest {
    private final WireFormat wire = new WireFormat();
    private final RawArticleDecoder decoder = new RawArticleDecoder(wire);

    @Test
    void decodesAvroSingleObjectArticles() {
        RawArticle raw = RawArticle.newBuilder().setId("a1").setUrl("https://www.example.org/x").setBody("Text.")
                .setContentType(dev.newsstream.avro.ContentType.HTML).setPublishedAt(Instant.ofEpochMilli(1000))
                .setMetadata(new HashMap<>()).build();
        Article a = accepted(decoder.decode(null, wire.raw.encode(raw)));
        assertEquals("a1", a.id());
        assertEquals("example.org", a.source());
        assertEquals(ContentType.HTML, a.contentType());
        assertEquals(1000L, a.publishedAt());
    }

    @Test
    void decodesJsonArticlesWithIsoTimestamps() {
        String json = "{\"url\":\"https://news.example.com/a\",\"body\":\"Hello.\",\"publishedAt\":\"2026-01-02T03:04:05Z\",\"contentType\":\"text\"}";
        Article a = accepted(decoder.decode(null, json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.id().startsWith("url-"), a.id());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z").toEpochMilli(), a.publishedAt());
        assertEquals(ContentType.TEXT, a.contentType());
    }

    @Test
    void idFallsBackToKeyThenUrlThenBody() {
        byte[] json = "{\"body\":\"Same body.\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("k1", accepted(decoder.decode("k1", json)).id());
        String derived = accepted(decoder.decode(null, json)).id();
        assertTrue(derived.startsWith("body-"));
        assertEquals(derived, accepted(decoder.decode(null, json)).id(), "derived ids are stable");
    }

    @Test
    void rejectsWithReasons() {
        assertEquals(RejectReason.MISSING_BODY, rejected(decoder.decode("k", null)));
        assertEquals(RejectReason.UNDECODABLE, rejected(decoder.decode("k", new byte[] {1, 2, 3, (byte) 0xFF})));
        assertEquals(RejectReason.UNDECODABLE, rejected(decoder.decode("k", "{\"body\": ".getBytes(StandardCharsets.UTF_8))));
        assertEquals(RejectReason.MISSING_BODY, rejected(decoder.decode("k", "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(RejectReason.WRONG_SCHEMA, rejected(decoder.decode("k", "{\"body\": 42}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(RejectReason.WRONG_SCHEMA, rejected(decoder.decode("k", "{\"body\":\"b\",\"contentType\":\"PDF\"}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(RejectReason.UNDECODABLE, rejected(decoder.decode("k", new byte[] {(byte) 0xC3, 0x01, 5})));
        DuplicateArticle other = DuplicateArticle.newBuilder().setId("x").setDuplicateOf("y").setSimilarity(1)
                .setMethod(DuplicateMethod.EXACT).setDetectedAt(Instant.EPOCH).build();
        assertEquals(RejectReason.WRONG_SCHEMA, rejected(decoder.decode("k", wire.duplicate.encode(other))));
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertEquals(RejectReason.UNDECODABLE, rejected(decoder.decode("k", deep.getBytes(StandardCharsets.UTF_8))));
    }

    private static Article accepted(Outcome<Article> outcome) {
        return assertInstanceOf(Outcome.Accepted.class, outcome, outcome.toString()).value() instanceof Article a ? a : null;
    }

    private static RejectReason rejected(Outcome<Article> outcome) {
        return assertInstanceOf(Outcome.Rejected.class, outcome, outcome.toString()).rejection().reason();
    }
}

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

    @Test
    void namesTheSchemaOfARecordSentToTheWrongTopic() {
        byte[] dup = wire.duplicate.encode(DuplicateArticle.newBuilder().setId("d").setDuplicateOf("o").setSimilarity(1.0)
                .setMethod(DuplicateMethod.EXACT).setDetectedAt(Instant.EPOCH).build());
        Outcome<Article> o = decoder.decode("k", dup);
        assertEquals(RejectReason.WRONG_SCHEMA, rejected(o));
        assertTrue(((Outcome.Rejected<Article>) o).rejection().detail().contains("DuplicateArticle"));
    }

    @Test
    void aCorruptLengthPrefixIsRejectedBeforeAnyAllocation() {
        byte[] good = wire.raw.encode(RawArticle.newBuilder().setId("a").setBody("Text.").setMetadata(new HashMap<>()).build());
        byte[] bad = java.util.Arrays.copyOf(good, 20);
        bad[10] = 2;                                   // id: the string branch of [null, string]
        bad[11] = (byte) 0xFE; bad[12] = (byte) 0xFF; bad[13] = (byte) 0xFF; bad[14] = (byte) 0xFF; bad[15] = 0x0B;
        Outcome<Article> o = decoder.decode("k", bad);
        assertEquals(RejectReason.UNDECODABLE, rejected(o));
        assertTrue(((Outcome.Rejected<Article>) o).rejection().detail().contains("exceeds"));
        assertEquals(RejectReason.UNDECODABLE, rejected(decoder.decode("k", java.util.Arrays.copyOf(good, good.length - 3))));
    }

    @Test
    void jsonFieldsOfTheWrongTypeAndEmptyValuesAreNamed() {
        assertEquals(RejectReason.WRONG_SCHEMA, rejected(decoder.decode(null, "{\"body\":\"Text.\",\"title\":[1]}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(RejectReason.WRONG_SCHEMA, rejected(decoder.decode(null, "[{\"body\":\"Text.\"}]".getBytes(StandardCharsets.UTF_8))));
        assertEquals(RejectReason.WRONG_SCHEMA, rejected(decoder.decode(null, "{\"body\":\"Text.\",\"metadata\":3}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("7", accepted(decoder.decode(null, "{\"id\":7,\"body\":\"Text.\"}".getBytes(StandardCharsets.UTF_8))).id());
        assertEquals(RejectReason.EMPTY_BODY, rejected(decoder.decode("k", new byte[0])));
        assertEquals(RejectReason.EMPTY_BODY, rejected(decoder.decode("k", " \n ".getBytes(StandardCharsets.UTF_8))));
    }

    private static Article accepted(Outcome<Article> outcome) {
        return assertInstanceOf(Outcome.Accepted.class, outcome, outcome.toString()).value() instanceof Article a ? a : null;
    }

    private static RejectReason rejected(Outcome<Article> outcome) {
        return assertInstanceOf(Outcome.Rejected.class, outcome, outcome.toString()).rejection().reason();
    }
}

package dev.newsstream.topology;

import dev.newsstream.Prose;
import dev.newsstream.avro.ContentType;
import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The manifest of bad (and weird but legitimate) raw inputs: each kind, how to make its bytes
 * (a file under {@code fixtures/badinput/} when small, a generator when big), and the one outcome
 * the pipeline must give it. The {@code TRAP_*} kinds aim at the regular expressions of the stages
 * (see the comment on each): long runs of the classes they repeat, with the match failing late.
 * Every regex of src/main/java and its trap: LineClassifier URL_LINE, CREDIT_START, BIO, ALSO_READ,
 * BYLINE, NAV_SEPARATOR; PageTextExtractor byline prefix; HtmlExtractor TITLE_SUFFIX and both
 * {@code ^by\s+}; ContextTyping DATELINE_TAIL; SpanRepair and Canonicaliser whitespace/hyphen
 * splits; RawArticleDecoder {@code ^www\.}; PageTextExtractor and SiteFurniture line splits
 * (TRAP_NEWLINE_FLOOD). The splits of lexicon files (quotes Lexicon, Propagation, Canonicaliser
 * aliases) run on bundled data only.
 */
enum BadInput {
    // --- Avro
    AVRO_CORRUPT_BODY(dlq(RejectReason.UNDECODABLE, "corrupt"), g -> g.value(g.corrupt(g.rawAvro("avro-corrupt", g.prose(1, 3))))),
    AVRO_WRONG_SCHEMA_DEAD_LETTER(dlq(RejectReason.WRONG_SCHEMA, "DeadLetter"), g -> g.value(g.deadLetterAvro())),
    AVRO_WRONG_SCHEMA_ENRICHED(dlq(RejectReason.WRONG_SCHEMA, "EnrichedArticle"), g -> g.value(g.enrichedAvro())),
    AVRO_UNKNOWN_FINGERPRINT(dlq(RejectReason.WRONG_SCHEMA, "fingerprint"), g -> g.value(g.unknownFingerprint())),
    AVRO_TRUNCATED(dlq(RejectReason.UNDECODABLE, "corrupt"), g -> {
        byte[] full = g.rawAvro("avro-trunc", g.prose(2, 3));
        return g.value(Arrays.copyOf(full, full.length * 3 / 5));
    }),
    AVRO_HEADER_ONLY(dlq(RejectReason.UNDECODABLE, "truncated"), g -> g.value(new byte[] {(byte) 0xC3, 0x01, 5, 6, 7})),
    AVRO_HUGE_STRING_LENGTH(dlq(RejectReason.UNDECODABLE, "corrupt"), g -> g.value(g.hugeLength())),
    AVRO_INVALID_UTF8_BODY(dlq(RejectReason.BINARY_CONTENT, "binary"), g -> g.value(g.avroWithRandomBody(4000))),
    AVRO_FEW_INVALID_UTF8(enriched(), g -> g.value(g.avroWithSomeInvalidBytes("few-invalid"))),
    // --- JSON
    JSON_GARBAGE(dlq(RejectReason.UNDECODABLE, "invalid JSON"), g -> g.file("json-garbage.json")),
    JSON_ARRAY(dlq(RejectReason.WRONG_SCHEMA, "not an object"), g -> g.file("json-array.json")),
    JSON_WRONG_SHAPE(dlq(RejectReason.MISSING_BODY, "body"), g -> g.file("json-wrong-shape.json")),
    JSON_BODY_NUMBER(dlq(RejectReason.WRONG_SCHEMA, "body"), g -> g.file("json-body-number.json")),
    JSON_BODY_OBJECT(dlq(RejectReason.WRONG_SCHEMA, "body"), g -> g.file("json-body-object.json")),
    JSON_TITLE_ARRAY(dlq(RejectReason.WRONG_SCHEMA, "title"), g -> g.file("json-title-array.json")),
    JSON_BAD_PUBLISHED_AT(dlq(RejectReason.WRONG_SCHEMA, "publishedAt"), g -> g.file("json-bad-published.json")),
    JSON_UNKNOWN_CONTENT_TYPE(dlq(RejectReason.WRONG_SCHEMA, "contentType"), g -> g.file("json-unknown-content-type.json")),
    JSON_NULL_BODY(dlq(RejectReason.MISSING_BODY, "body"), g -> g.file("json-null-body.json")),
    JSON_EMPTY_BODY(dlq(RejectReason.EMPTY_BODY, "empty"), g -> g.file("json-empty-body.json")),
    JSON_WHITESPACE_BODY(dlq(RejectReason.EMPTY_BODY, "empty"), g -> g.file("json-whitespace-body.json")),
    JSON_DUPLICATE_FIELDS(dlq(RejectReason.UNDECODABLE, "Duplicate"), g -> g.file("json-duplicate-fields.json")),
    JSON_DEEP_NESTING(dlq(RejectReason.UNDECODABLE, "nesting"), g -> g.value(("{\"body\":\"x\",\"metadata\":"
            + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8))),
    JSON_INVALID_UTF8(dlq(RejectReason.UNDECODABLE, "UTF-8"), g -> g.file("json-invalid-utf8.json")),
    JSON_NUL_BYTES(dlq(RejectReason.BINARY_CONTENT, "NUL"), g -> g.file("json-nul-bytes.json")),
    JSON_CONTROL_FLOOD(dlq(RejectReason.BINARY_CONTENT, "control"), g -> g.file("json-control-flood.json")),
    // --- the record itself
    NULL_VALUE(dlq(RejectReason.MISSING_BODY, "null"), g -> g.value(null)),
    EMPTY_VALUE(dlq(RejectReason.EMPTY_BODY, "empty"), g -> g.value(new byte[0])),
    WHITESPACE_VALUE(dlq(RejectReason.EMPTY_BODY, "whitespace"), g -> g.file("whitespace-value.txt")),
    PLAIN_TEXT_VALUE(dlq(RejectReason.UNDECODABLE, "neither"), g -> g.file("plain-text-value.txt")),
    BINARY_VALUE(dlq(RejectReason.UNDECODABLE, "neither"), g -> g.file("binary-value.bin")),
    OVERSIZED_BINARY_VALUE(dlq(RejectReason.UNDECODABLE, "neither"), g -> g.value(g.random(3_000_000))),
    // --- ids and keys
    NULL_KEY_WITH_ID(enriched("nk-with-id"), g -> g.nullKey(g.json("nk-with-id", null, g.prose(3, 3), "TEXT"))),
    NULL_KEY_NO_ID(enriched("body-"), g -> g.nullKey(g.json(null, null, g.prose(4, 3), "TEXT"))),
    MISSING_ID_WITH_URL(enriched("url-"), g -> g.nullKey(g.json(null, "https://news.example/a/5", g.prose(5, 3), "TEXT"))),
    OVERLONG_ID(dlq(RejectReason.INVALID_ID, "id"), g -> g.value(g.json("x".repeat(10_000), null, g.prose(6, 3), "TEXT"))),
    OVERLONG_KEY(dlq(RejectReason.INVALID_ID, "id"), g -> g.keyed("k".repeat(10_000), g.json(null, null, g.prose(7, 3), "TEXT"))),
    CONTROL_CHARS_ID(dlq(RejectReason.INVALID_ID, "control"), g -> g.file("control-chars-id.json")),
    // --- size
    OVERSIZED_BODY(dlq(RejectReason.OVERSIZED, "max.body.bytes"), g -> g.value(g.json("big", null,
            Prose.article(8, 6).repeat(2_600_000 / Prose.article(8, 6).length() + 1), "TEXT"))),
    SINGLE_5MB_LINE(dlq(RejectReason.OVERSIZED, "max.body.bytes"), g -> g.value(g.rawAvro("line5", g.oneLine(9, 5_000_000)))),
    HTML_10MB(dlq(RejectReason.OVERSIZED, "max.body.bytes"), g -> g.value(g.rawAvro("html10", g.bigHtml(10, 10_000_000), ContentType.HTML))),
    ONE_2MB_WORD(dlq(RejectReason.NO_MAIN_TEXT, "no main text"), g -> g.value(g.rawAvro("word2", "w".repeat(2_000_000)))),
    LONG_LINE_1_9MB(enriched(), g -> g.value(g.rawAvro("line19", g.oneLine(11, 1_900_000)))),
    HTML_1_9MB(enriched(), g -> g.value(g.rawAvro("html19", g.bigHtml(12, 1_900_000), ContentType.AUTO))),
    // --- HTML
    HTML_DEEP_100K(dlq(RejectReason.PATHOLOGICAL_HTML, "nesting"), g -> g.value(g.rawAvro("deep",
            "<html><body>" + "<div>".repeat(100_000) + "Pilots returned to work." + "</div>".repeat(100_000) + "</body></html>",
            ContentType.AUTO))),
    HTML_MANY_ELEMENTS(dlq(RejectReason.PATHOLOGICAL_HTML, "elements"), g -> g.value(g.rawAvro("many",
            "<html><body><p>" + "<i>x</i>".repeat(210_000) + "</p></body></html>", ContentType.HTML))),
    HTML_SCRIPTS_ONLY(dlq(RejectReason.NO_MAIN_TEXT, "no main text"), g -> g.value(g.rawAvro("scripts", g.text("html-scripts-only.html"), ContentType.AUTO))),
    HTML_UNCLOSED_COMMENT(dlq(RejectReason.NO_MAIN_TEXT, "no main text"), g -> g.value(g.rawAvro("comment", g.text("unclosed-comment.html"), ContentType.HTML))),
    // --- Unicode
    EMOJI_ONLY(dlq(RejectReason.NO_MAIN_TEXT, "no main text"), g -> g.value(g.rawAvro("emoji", g.text("emoji-only.txt")))),
    ZERO_WIDTH_ONLY(dlq(RejectReason.NO_MAIN_TEXT, "no main text"), g -> g.value(g.rawAvro("zw", g.text("zero-width-only.txt")))),
    COMBINING_MARK_FLOOD(dlq(RejectReason.NO_MAIN_TEXT, "no main text"), g -> g.value(g.rawAvro("marks", "\u0301\u0308\u0336".repeat(100_000)))),
    ZALGO_ARTICLE(enriched(), g -> g.value(g.rawAvro("zalgo", g.zalgo(g.prose(13, 4))))),
    RTL_CONTROL_FLOOD(enriched(), g -> g.value(g.rawAvro("rtl", g.prose(14, 4).replace(" ", " \u202E\u200F\u2067 ")))),
    FEW_CONTROL_CHARS(enriched(), g -> g.value(g.rawAvro("ansi", "\u001B[1m" + g.prose(15, 4) + "\u001B[0m\u0007"))),
    // --- regular-expression traps (each article has real words, so it is enriched)
    /** LineClassifier.URL_LINE {@code ^(?:https?://|www\.)\S*$}: a 500k non-space run that fails at the end. */
    TRAP_URL_LINE(enriched(), g -> g.trap(16, "https://" + "a".repeat(500_000) + " x")),
    /** LineClassifier.CREDIT_START: the optional prefix and plural groups repeated so each alternative is retried. */
    TRAP_CREDIT_START(enriched(), g -> g.trap(17, "[top photo credits courtesy".repeat(20_000))),
    /** LineClassifier.BIO: capitalised words with no copula, then copula plus 80 chars without the profession. */
    TRAP_BIO(enriched(), g -> g.trap(18, "Aa Bb Cc ".repeat(50_000) + "is a " + "x".repeat(200_000))),
    /** LineClassifier.ALSO_READ: "read also" repeated without the colon. */
    TRAP_ALSO_READ(enriched(), g -> g.trap(19, "read also ".repeat(50_000))),
    /** LineClassifier.BYLINE and PageTextExtractor's byline prefix: "by" then 300k spaces and no capital. */
    TRAP_BYLINE(enriched(), g -> g.trap(20, "By" + " \t".repeat(150_000) + "lowercase")),
    /** PageTextExtractor's {@code (?i)^(?:written by|...|by)\s+} on a byline line: "By", 300k spaces, then a name. */
    TRAP_BYLINE_CAPITAL(enriched(), g -> g.trap(33, "By" + " ".repeat(300_000) + "Lena Moreau")),
    /** HtmlExtractor's {@code (?i)^by\s+} on the author meta tag: "by" and 200k spaces. */
    TRAP_META_AUTHOR(enriched(), g -> g.value(g.rawAvro("meta-trap", "<html><head><meta name=\"author\" content=\"by"
            + " ".repeat(200_000) + "x\"></head><body><article><p>" + g.prose(34, 4).replace("\n\n", "</p><p>")
            + "</p></article></body></html>", ContentType.HTML))),
    /** RawArticleDecoder's host {@code ^www\.} on a url whose host is 100k "www." labels. */
    TRAP_URL_HOST(enriched("url-"), g -> g.nullKey(g.json(null, "https://" + "www.".repeat(100_000) + "example/a", g.prose(35, 3), "TEXT"))),
    /** LineClassifier.NAV_SEPARATOR: a line of separators. */
    TRAP_NAV_SEPARATOR(enriched(), g -> g.trap(21, " | » › • ·".repeat(50_000))),
    /** HtmlExtractor.TITLE_SUFFIX {@code \s[|–—·»:-]\s[^|–—·»]{1,60}$}: a title of 200k " - a" groups. */
    TRAP_HTML_TITLE_SUFFIX(enriched(), g -> g.value(g.rawAvro("title-trap", "<html><head><title>" + " - a".repeat(200_000)
            + "</title></head><body><article><p>" + g.prose(22, 4).replace("\n\n", "</p><p>") + "</p></article></body></html>",
            ContentType.HTML))),
    /** HtmlExtractor's byline {@code (?i)^by\s+}: a byline element of "by" and 200k spaces. */
    TRAP_HTML_BYLINE(enriched(), g -> g.value(g.rawAvro("byline-trap", "<html><body><article><p class=\"byline\">by"
            + " ".repeat(200_000) + "</p><p>" + g.prose(23, 4).replace("\n\n", "</p><p>") + "</p></article></body></html>",
            ContentType.HTML))),
    /** ContextTyping.DATELINE_TAIL: lines opening with a place name, a region-like run and no date. */
    TRAP_DATELINE(enriched(), g -> g.trap(24, "VELMORA, Aaaa Bbbb Cccc Dddd Eeee Ffff Gggg Hhhh Iiii Jjjj, , ,\n".repeat(2_000))),
    /** SpanRepair.completesTitle's split on a 400k line of names after titles. */
    TRAP_WHITESPACE_SPLIT(enriched(), g -> g.trap(25, "Secretary of State Marit Varga met Mayor Oren Sato of Karsk and ".repeat(6_000))),
    /** Canonicaliser's {@code [ \-]+} split: one hyphenated name of 5,000 parts. */
    TRAP_HYPHEN_NAME(enriched(), g -> g.trap(26, "Mayor " + "Anna-".repeat(5_000) + "Bell said the port would reopen.")),
    /** QuoteScanner: 20k straight quotes that never close. */
    TRAP_UNCLOSED_QUOTES(enriched(), g -> g.trap(27, "\"We will reopen the port ".repeat(20_000))),
    /** QuoteScanner and attribution: 30k short quotes, each with a cue. */
    TRAP_MANY_QUOTES(enriched(), g -> g.trap(28, "\u201CYes,\u201D Ilsa Brandt said. ".repeat(30_000))),
    /** PageTextExtractor's line split and block choice: a million empty lines around real paragraphs. */
    TRAP_NEWLINE_FLOOD(enriched(), g -> g.value(g.rawAvro("newlines", "\n".repeat(1_000_000) + g.prose(29, 4) + "\n".repeat(900_000))));

    enum Outcome { ENRICHED, DLQ }

    record Expect(Outcome outcome, RejectReason reason, String hint) {}

    /** A raw record: key (may be null) and value bytes (may be null). */
    record Input(String key, byte[] value) {}

    final Expect expect;
    private final Function<Gen, Input> make;

    BadInput(Expect expect, Function<Gen, Input> make) {
        this.expect = expect;
        this.make = make;
    }

    Input make(WireFormat wire) {
        Input in = make.apply(new Gen(wire, this));
        return in;
    }

    private static Expect dlq(RejectReason reason, String hint) {
        return new Expect(Outcome.DLQ, reason, hint);
    }

    private static Expect enriched() {
        return new Expect(Outcome.ENRICHED, null, null);
    }

    /** Enriched, with an id that starts with {@code idPrefix}. */
    private static Expect enriched(String idPrefix) {
        return new Expect(Outcome.ENRICHED, null, idPrefix);
    }

    /** Builders for the kinds; the default key is the kind's name in lower case. */
    static final class Gen {
        private final WireFormat wire;
        private final String key;

        Gen(WireFormat wire, BadInput kind) {
            this.wire = wire;
            this.key = kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        Input value(byte[] v) {
            return new Input(key, v);
        }

        Input nullKey(byte[] v) {
            return new Input(null, v);
        }

        Input keyed(String k, byte[] v) {
            return new Input(k, v);
        }

        Input file(String name) {
            return value(bytes(name));
        }

        String text(String name) {
            return new String(bytes(name), StandardCharsets.UTF_8);
        }

        String prose(long seed, int paragraphs) {
            return Prose.article(1000 + seed, paragraphs);
        }

        /** Real paragraphs with the trap line between them, sent as page text under the kind's key. */
        Input trap(long seed, String line) {
            String[] halves = prose(seed, 4).split("\n\n", 2);
            return value(rawAvro(key, halves[0] + "\n\n" + line + "\n\n" + halves[1]));
        }

        byte[] rawAvro(String id, String body) {
            return rawAvro(id, body, ContentType.TEXT);
        }

        byte[] rawAvro(String id, String body, ContentType type) {
            return wire.raw.encode(RawArticle.newBuilder().setId(id).setBody(body).setContentType(type)
                    .setMetadata(new HashMap<>()).build());
        }

        byte[] json(String id, String url, String body, String type) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            if (id != null) {
                node.put("id", id);
            }
            if (url != null) {
                node.put("url", url);
            }
            node.put("body", body).put("contentType", type);
            return node.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Keeps the RawArticle header, replaces the Avro body with random bytes. */
        byte[] corrupt(byte[] avro) {
            byte[] out = avro.clone();
            Random r = new Random(3);
            for (int i = 10; i < out.length; i++) {
                out[i] = (byte) r.nextInt(256);
            }
            return out;
        }

        byte[] deadLetterAvro() {
            return wire.deadLetter.encode(DeadLetter.newBuilder()
                    .setReason(dev.newsstream.avro.RejectReason.EMPTY_BODY).setStage("validate").setError("empty")
                    .setArticleId("x").setOriginalTopic("news.articles.raw").setOriginalPartition(0).setOriginalOffset(1L)
                    .setOriginalKey(null).setOriginalValue(null).setOriginalValueSize(0).setTruncated(false)
                    .setFailedAt(Instant.EPOCH).build());
        }

        byte[] enrichedAvro() {
            return wire.enriched.encode(EnrichedArticle.newBuilder().setId("e1").setText(prose(30, 2))
                    .setEntities(List.of()).setQuotes(List.of()).setContentHash("h").setWordCount(10)
                    .setProcessedAt(Instant.EPOCH).setMetadata(new HashMap<>()).build());
        }

        byte[] unknownFingerprint() {
            byte[] good = rawAvro("fp", prose(31, 2));
            for (int i = 2; i < 10; i++) {
                good[i] = (byte) (0x5A + i);
            }
            return good;
        }

        /** A RawArticle header whose first string claims to be 1.5 GB long. */
        byte[] hugeLength() {
            byte[] header = Arrays.copyOf(rawAvro("h", "x"), 10);
            // id is a union [null, string]: index 1 (zigzag 2), then the length as a zigzag varint
            long len = 1_500_000_000L;
            long zz = len << 1;
            byte[] out = Arrays.copyOf(header, 32);
            int p = 10;
            out[p++] = 2;
            while ((zz & ~0x7FL) != 0) {
                out[p++] = (byte) ((zz & 0x7F) | 0x80);
                zz >>>= 7;
            }
            out[p++] = (byte) zz;
            for (; p < out.length; p++) {
                out[p] = 'a';
            }
            return out;
        }

        /** A RawArticle whose body bytes are random: not valid UTF-8. */
        byte[] avroWithRandomBody(int n) {
            byte[] avro = rawAvro(key, "@".repeat(n));
            int at = indexOfRun(avro, (byte) '@', n);
            Random r = new Random(5);
            for (int i = at; i < at + n; i++) {
                avro[i] = (byte) r.nextInt(256);
            }
            return avro;
        }

        /** A real article with three bytes that are not UTF-8. */
        byte[] avroWithSomeInvalidBytes(String id) {
            String body = prose(32, 4);
            int mid = body.indexOf(' ', body.length() / 2);
            byte[] avro = rawAvro(id, body.substring(0, mid) + " @@@" + body.substring(mid));
            int at = indexOfRun(avro, (byte) '@', 3);
            avro[at] = (byte) 0xFF;
            avro[at + 1] = (byte) 0xC3;
            avro[at + 2] = (byte) 0x28;
            return avro;
        }

        byte[] random(int n) {
            byte[] b = new byte[n];
            new Random(9).nextBytes(b);
            b[0] = (byte) 0x89;
            return b;
        }

        /** Sentences on one line up to {@code chars}. */
        String oneLine(long seed, int chars) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder(chars + 200);
            while (sb.length() < chars) {
                sb.append(Prose.sentence(r)).append(' ');
            }
            return sb.toString();
        }

        String bigHtml(long seed, int chars) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder(chars + 500);
            sb.append("<!doctype html><html><head><title>Harbour news</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
            while (sb.length() < chars) {
                sb.append("<p>").append(Prose.sentence(r)).append(' ').append(Prose.sentence(r)).append("</p>\n");
            }
            return sb.append("</article></body></html>").toString();
        }

        String zalgo(String text) {
            StringBuilder sb = new StringBuilder();
            Random r = new Random(4);
            for (char c : text.toCharArray()) {
                sb.append(c);
                if (Character.isLetter(c)) {
                    for (int k = 0; k < 12; k++) {
                        sb.append((char) (0x0300 + r.nextInt(0x70)));
                    }
                }
            }
            return sb.toString();
        }

        private static int indexOfRun(byte[] b, byte v, int n) {
            outer:
            for (int i = 0; i + n <= b.length; i++) {
                for (int k = 0; k < n; k++) {
                    if (b[i + k] != v) {
                        continue outer;
                    }
                }
                return i;
            }
            throw new IllegalStateException("no run");
        }

        private static byte[] bytes(String name) {
            try (InputStream in = BadInput.class.getResourceAsStream("/fixtures/badinput/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture badinput/" + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

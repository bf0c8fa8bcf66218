package dev.newsstream.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.model.Article;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decode step: raw-topic bytes to an {@link Article}. Accepts Avro single-object encoded
 * {@code RawArticle} and JSON objects with the same field names. Anything else is a rejection
 * with a reason, never an exception.
 *
 * <p>The id is the record's {@code id}, else the Kafka key, else derived from the url, else from
 * a hash of the body, so a producer that resends the same article gets the same id.
 */
public final class RawArticleDecoder {
    static final String STAGE = "decode";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        JSON.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** String fields of a JSON article; a number is accepted where a producer may send a numeric id. */
    private static final List<String> STRING_FIELDS = List.of("id", "url", "source", "title", "contentType", "language");
    private static final int MAX_ERROR_CHARS = 300;

    private final AvroSerde<RawArticle> serde;
    /** Schema names of the other newsstream records by fingerprint, to name a record sent to the wrong topic. */
    private final Map<Long, String> otherSchemas;

    public RawArticleDecoder(WireFormat wire) {
        this.serde = wire.raw;
        Map<Long, String> others = new HashMap<>();
        for (org.apache.avro.Schema s : List.of(dev.newsstream.avro.CleanedArticle.getClassSchema(),
                dev.newsstream.avro.EnrichedArticle.getClassSchema(), dev.newsstream.avro.DuplicateArticle.getClassSchema(),
                dev.newsstream.avro.DeadLetter.getClassSchema(), dev.newsstream.avro.EntityRecord.getClassSchema(),
                dev.newsstream.avro.QuoteRecord.getClassSchema())) {
            others.put(org.apache.avro.SchemaNormalization.parsingFingerprint64(s), s.getName());
        }
        this.otherSchemas = Map.copyOf(others);
    }

    public Outcome<Article> decode(String key, byte[] value) {
        if (value == null) {
            return Outcome.reject(RejectReason.MISSING_BODY, STAGE, "record value is null (tombstone); an article needs a body");
        }
        if (value.length == 0) {
            return Outcome.reject(RejectReason.EMPTY_BODY, STAGE, "record value is empty (0 bytes); an article needs a body");
        }
        if (value.length >= 2 && value[0] == (byte) 0xC3 && value[1] == (byte) 0x01) {
            return decodeAvro(key, value);
        }
        if (RegistryCodec.framed(value)) {
            return decodeRegistryFramed(key, value);
        }
        int first = firstNonWhitespace(value);
        if (first >= 0 && (value[first] == '{' || value[first] == '[')) {
            return decodeJson(key, value);
        }
        if (first < 0 && isWhitespace(value)) {
            return Outcome.reject(RejectReason.EMPTY_BODY, STAGE,
                    "record value is only whitespace (" + value.length + " bytes); an article needs a body");
        }
        return Outcome.reject(RejectReason.UNDECODABLE, STAGE,
                "value is neither an Avro RawArticle (single-object C3 01, or Confluent wire format with a registry) nor a JSON object");
    }

    private Outcome<Article> decodeAvro(String key, byte[] value) {
        if (value.length < 10) {
            return Outcome.reject(RejectReason.UNDECODABLE, STAGE,
                    "truncated Avro single-object header: " + value.length + " bytes, the header alone is 10");
        }
        long fingerprint = java.nio.ByteBuffer.wrap(value, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        if (fingerprint != serde.fingerprint()) {
            String other = otherSchemas.get(fingerprint);
            return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE, other != null
                    ? "Avro record of schema " + other + ", not RawArticle: a record sent to the wrong topic"
                    : "Avro record of an unknown schema (fingerprint " + Long.toHexString(fingerprint) + "), not RawArticle");
        }
        String bad = AvroBounds.check(RawArticle.getClassSchema(), value, 10);
        if (bad != null) {
            return Outcome.reject(RejectReason.UNDECODABLE, STAGE, "corrupt or truncated RawArticle: " + bad);
        }
        RawArticle raw;
        try {
            raw = serde.decode(value);
        } catch (RuntimeException e) {
            return Outcome.reject(RejectReason.UNDECODABLE, STAGE, "corrupt or truncated RawArticle: " + bounded(e.getMessage()));
        }
        return fromAvro(key, raw);
    }

    /** A value from a producer using Confluent's or Apicurio's serializer: magic byte 0 and a schema id. */
    private Outcome<Article> decodeRegistryFramed(String key, byte[] value) {
        if (!serde.registryMode()) {
            return Outcome.reject(RejectReason.UNDECODABLE, STAGE, "a Confluent wire-format record (schema id "
                    + RegistryCodec.schemaId(value) + ") but no schema.registry.url is configured to resolve it");
        }
        RawArticle raw;
        try {
            raw = serde.decode(value);
        } catch (RuntimeException e) {
            return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE, "Confluent wire-format record (schema id "
                    + RegistryCodec.schemaId(value) + ") that is not a readable RawArticle: " + bounded(e.getMessage()));
        }
        return fromAvro(key, raw);
    }

    private Outcome<Article> fromAvro(String key, RawArticle raw) {
        Long published = raw.getPublishedAt() == null ? null : raw.getPublishedAt().toEpochMilli();
        return build(key, raw.getId(), raw.getUrl(), raw.getSource(), raw.getTitle(), raw.getBody(),
                ContentType.valueOf(raw.getContentType().name()), raw.getLanguage(), published, raw.getMetadata());
    }

    private Outcome<Article> decodeJson(String key, byte[] value) {
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (Exception e) {
            return Outcome.reject(RejectReason.UNDECODABLE, STAGE, "invalid JSON: " + bounded(firstLine(e.getMessage())));
        }
        if (node == null || !node.isObject()) {
            return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE,
                    "JSON value is not an object but " + (node == null ? "empty" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        for (String field : STRING_FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull() && !v.isTextual() && !(field.equals("id") && v.isIntegralNumber())) {
                return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE, "JSON field \"" + field + "\" must be a string, not "
                        + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
        }
        JsonNode metaNode = node.get("metadata");
        if (metaNode != null && !metaNode.isNull() && !metaNode.isObject()) {
            return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE, "JSON field \"metadata\" must be an object of strings");
        }
        JsonNode body = node.get("body");
        if (body == null || body.isNull()) {
            return Outcome.reject(RejectReason.MISSING_BODY, STAGE, "JSON article has no \"body\" field");
        }
        if (!body.isTextual()) {
            return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE, "JSON field \"body\" must be a string");
        }
        ContentType type;
        String typeText = text(node, "contentType");
        try {
            type = typeText == null ? ContentType.AUTO : ContentType.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE, "contentType must be AUTO, TEXT or HTML, not " + bounded(typeText));
        }
        Long published;
        try {
            published = timestamp(node.get("publishedAt"));
        } catch (IllegalArgumentException e) {
            return Outcome.reject(RejectReason.WRONG_SCHEMA, STAGE, e.getMessage());
        }
        Map<String, String> metadata = new HashMap<>();
        JsonNode meta = node.get("metadata");
        if (meta != null && meta.isObject()) {
            meta.fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
        }
        return build(key, text(node, "id"), text(node, "url"), text(node, "source"), text(node, "title"),
                body.asText(), type, text(node, "language"), published, metadata);
    }

    private static Outcome<Article> build(String key, String id, String url, String source, String title,
                                          String body, ContentType type, String language, Long publishedAt,
                                          Map<String, String> metadata) {
        String articleId = firstNonBlank(id, key);
        if (articleId == null) {
            articleId = url != null && !url.isBlank() ? "url-" + sha256(url.strip()).substring(0, 20)
                    : "body-" + sha256(body).substring(0, 20);
        }
        String publisher = firstNonBlank(source, host(url));
        return Outcome.accept(new Article(articleId, url, publisher, blankToNull(title), body, type, language,
                publishedAt, metadata));
    }

    private static Long timestamp(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Instant.parse(node.asText()).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("publishedAt must be epoch millis or an ISO-8601 instant, not " + bounded(node.asText()));
            }
        }
        throw new IllegalArgumentException("publishedAt must be epoch millis or an ISO-8601 instant");
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int firstNonWhitespace(byte[] value) {
        int limit = Math.min(value.length, 4096);
        for (int i = 0; i < limit; i++) {
            byte b = value[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && !(i < 3 && (b & 0xFF) >= 0xEF)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWhitespace(byte[] value) {
        for (byte b : value) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Producer-supplied text quoted in a dead letter's error is cut: the error is one readable line. */
    private static String bounded(String s) {
        if (s == null) {
            return "unknown error";
        }
        return s.length() <= MAX_ERROR_CHARS ? s : s.substring(0, MAX_ERROR_CHARS) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}

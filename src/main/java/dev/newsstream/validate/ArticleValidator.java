package dev.newsstream.validate;

import dev.newsstream.model.Article;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import java.nio.charset.StandardCharsets;

/**
 * The validate step: rejects articles no later stage can use. Runs before cleaning so that the
 * costly stages never see oversized or binary bodies.
 */
public final class ArticleValidator {
    static final String STAGE = "validate";
    /** Share of control or replacement characters above which a body is taken for binary. */
    private static final double MAX_JUNK_SHARE = 0.01;

    /** Longest id accepted: ids key every output topic and every state store. */
    static final int MAX_ID_CHARS = 512;

    private final long maxBodyBytes;

    /** @param maxBodyBytes largest body accepted, in UTF-8 bytes */
    public ArticleValidator(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public Outcome<Article> validate(Article article) {
        String idProblem = idProblem(article.id());
        if (idProblem != null) {
            return Outcome.reject(RejectReason.INVALID_ID, STAGE, idProblem);
        }
        String body = article.body();
        if (body == null) {
            return Outcome.reject(RejectReason.MISSING_BODY, STAGE, "article " + shown(article.id()) + " has no body");
        }
        if (body.isBlank()) {
            return Outcome.reject(RejectReason.EMPTY_BODY, STAGE, "article " + shown(article.id()) + " has an empty body");
        }
        // chars <= bytes in UTF-8, so only long bodies pay for the byte count
        if (body.length() > maxBodyBytes / 4) {
            long bytes = body.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBodyBytes) {
                return Outcome.reject(RejectReason.OVERSIZED, STAGE,
                        "body is " + bytes + " bytes, over the limit of " + maxBodyBytes + " (max.body.bytes)");
            }
        }
        int junk = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 0) {
                return Outcome.reject(RejectReason.BINARY_CONTENT, STAGE, "body contains NUL characters: binary content, not text");
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) {
                junk++;
            }
        }
        if (junk > Math.max(8, body.length() * MAX_JUNK_SHARE)) {
            return Outcome.reject(RejectReason.BINARY_CONTENT, STAGE,
                    junk + " control or undecodable characters in " + body.length() + ": binary content or invalid UTF-8");
        }
        return Outcome.accept(article);
    }

    /** Null for a usable id (the record's id, else the Kafka key), else why it is not. */
    private static String idProblem(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_ID_CHARS) {
            return "article id is " + id.length() + " characters, over the limit of " + MAX_ID_CHARS
                    + " (the id is the record's id, else the Kafka key)";
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return "article id " + shown(id) + " contains control characters (U+"
                        + String.format("%04X", (int) id.charAt(i)) + ")";
            }
        }
        return null;
    }

    private static String shown(String id) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < Math.min(id.length(), 80); i++) {
            char c = id.charAt(i);
            sb.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append(id.length() > 80 ? "...\"" : "\"").toString();
    }
}

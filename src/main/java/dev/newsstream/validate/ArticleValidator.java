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

    private final long maxBodyBytes;

    /** @param maxBodyBytes largest body accepted, in UTF-8 bytes */
    public ArticleValidator(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public Outcome<Article> validate(Article article) {
        String body = article.body();
        if (body == null) {
            return Outcome.reject(RejectReason.MISSING_BODY, STAGE, "article " + article.id() + " has no body");
        }
        if (body.isBlank()) {
            return Outcome.reject(RejectReason.EMPTY_BODY, STAGE, "article " + article.id() + " has an empty body");
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
}

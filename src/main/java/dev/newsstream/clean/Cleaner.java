package dev.newsstream.clean;

import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import dev.newsstream.model.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The clean stage: main-content extraction from page text or HTML, title and byline, Unicode
 * normalisation. Holds no per-call state, so one instance serves every stream thread.
 */
public final class Cleaner {
    static final String STAGE = "clean";
    /** Fewer words than this is not an article: a stub, an error page, a bare link list. */
    private static final int MIN_WORDS = 3;
    /** Shortest paragraph whose second copy is dropped. */
    private static final int MIN_REPEAT_WORDS = 15;

    private final CleanConfig config;
    private final PageTextExtractor pageText = new PageTextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    public Cleaner(CleanConfig config) {
        this.config = config == null ? CleanConfig.defaults() : config;
    }

    /** Thread-safe; never throws on any input. */
    public Outcome<CleanArticle> clean(Article article) {
        return clean(article, PageTextExtractor.NO_FURNITURE);
    }

    /**
     * As {@link #clean(Article)}, and lines the predicate knows as the source's furniture (see
     * {@link SiteFurniture#knownFurniture}) are removed too, from page text and from HTML blocks.
     * Thread-safe when the predicate is; never throws on any input.
     */
    public Outcome<CleanArticle> clean(Article article, Predicate<String> knownFurniture) {
        Predicate<String> known = knownFurniture == null ? PageTextExtractor.NO_FURNITURE : knownFurniture;
        try {
            Outcome<CleanArticle> o = cleanUnchecked(article, known);
            if (known != PageTextExtractor.NO_FURNITURE && o instanceof Outcome.Rejected<CleanArticle> r
                    && r.rejection().reason() == RejectReason.NO_MAIN_TEXT) {
                // Nothing but known lines: a re-sent story of that source, not an empty page; dedup judges it.
                return cleanUnchecked(article, PageTextExtractor.NO_FURNITURE);
            }
            return o;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A stage must never stop the pipeline; the DLQ record carries the cause.
            return Outcome.reject(RejectReason.STAGE_ERROR, STAGE, "cleaning failed: " + e);
        }
    }

    /**
     * The per-article loop of a stream that learns its sources' furniture: clean with what is
     * known of the article's source, then let {@code furniture} observe the clean text. Not
     * thread-safe: {@link SiteFurniture} is not.
     */
    public Outcome<CleanArticle> cleanLearning(Article article, SiteFurniture furniture) {
        String source = article == null ? null : article.source();
        Outcome<CleanArticle> cleaned = clean(article, furniture.knownFurniture(source));
        if (cleaned instanceof Outcome.Accepted<CleanArticle> ok) {
            furniture.observe(source, ok.value().text());
        }
        return cleaned;
    }

    private Outcome<CleanArticle> cleanUnchecked(Article article, Predicate<String> known) {
        String body = article == null ? null : article.body();
        if (body == null || body.isBlank()) {
            return Outcome.reject(RejectReason.NO_MAIN_TEXT, STAGE, "the body is empty");
        }
        if (body.length() > config.maxChars()) {
            body = body.substring(0, config.maxChars());
        }
        boolean isHtml = switch (article.contentType()) {
            case HTML -> true;
            case TEXT -> false;
            case AUTO -> MarkupGuard.looksLikeHtml(body);
        };
        Extraction e;
        if (isHtml) {
            MarkupGuard.Shape shape = MarkupGuard.measure(body, config.maxHtmlDepth(), config.maxHtmlElements());
            if (shape.maxDepth() > config.maxHtmlDepth()) {
                return Outcome.reject(RejectReason.PATHOLOGICAL_HTML, STAGE,
                        "HTML nesting deeper than " + config.maxHtmlDepth() + " elements");
            }
            if (shape.elements() > config.maxHtmlElements()) {
                return Outcome.reject(RejectReason.PATHOLOGICAL_HTML, STAGE,
                        "HTML has more than " + config.maxHtmlElements() + " elements");
            }
            e = html.extract(body, known);
        } else {
            e = pageText.extract(TextNormalizer.text(body), known);
        }
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String p : e.paragraphs()) {
            // Both extractors hand back normalised lines; left to drop are empties and second copies
            // of a paragraph (a lede repeated as the summary, a notice printed twice). Short lines
            // may repeat in an article (a line of code, a chorus), a paragraph of prose does not.
            boolean repeat = Texts.wordCount(p) >= MIN_REPEAT_WORDS && !seen.add(p);
            if (!p.isEmpty() && !repeat) {
                paragraphs.add(p);
            }
        }
        String text = String.join("\n\n", paragraphs);
        if (wordsWithLetters(text) < MIN_WORDS) {
            return Outcome.reject(RejectReason.NO_MAIN_TEXT, STAGE,
                    "no main text found after removing page furniture (" + (isHtml ? "HTML" : "page text") + ")");
        }
        String title = blankToNull(article.title());
        title = title != null ? TextNormalizer.line(title) : blankToNull(TextNormalizer.line(e.title()));
        String byline = blankToNull(TextNormalizer.line(e.byline()));
        Long published = article.publishedAt() != null ? article.publishedAt() : e.publishedAt();
        return Outcome.accept(new CleanArticle(article.id(), article.url(), article.source(), title, byline,
                published, text, article.language(), article.metadata()));
    }

    /**
     * Words holding a letter or digit: a page of emoji, symbols or stray marks has no text to enrich.
     * Chinese and Japanese letters count as {@link Texts#wordCount} counts them, a word per two.
     */
    static int wordsWithLetters(String s) {
        int count = 0;
        int cjk = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            if (Texts.isCjk(c)) {
                cjk++;
                continue;
            }
            if (!inWord) {
                inWord = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                counted = true;
                count++;
            }
        }
        return count + Texts.cjkWords(cjk);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

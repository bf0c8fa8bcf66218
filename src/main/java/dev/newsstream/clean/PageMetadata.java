package dev.newsstream.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page's markup states about the article: its byline and publication time, from meta tags,
 * schema.org data (microdata and JSON-LD), author links and time elements, in that order.
 */
final class PageMetadata {
    private PageMetadata() {}

    // Parsed once: a query string would be parsed again on every page.
    private static final Evaluator META_AUTHOR = QueryParser.parse(
            "meta[name=author], meta[property=article:author], meta[name=byl], meta[name=parsely-author], meta[name=sailthru.author]");
    /** Author markup, most specific first; an element without text (a `<link rel=author>` in the head) is passed over. */
    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
    /** Class names of author markup (microformats, themes), asked only when the markup above names no one. */
    private static final Evaluator AUTHOR_CLASSES = QueryParser.parse(".author.vcard .fn, .byline .author, .author-name");
    private static final Evaluator META_PUBLISHED = QueryParser.parse(
            "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=date], meta[property=og:published_time],"
                    + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=parsely-pub-date],"
                    + " meta[name=sailthru.date], meta[name=dc.date.issued], meta[name=dcterms.date]");
    private static final Evaluator MARKED_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final int MAX_BYLINE_CHARS = 100;

    static String byline(Document doc, Elements metas) {
        String m = meta(metas, META_AUTHOR);
        if (m != null && !m.startsWith("http")) {
            return BY.matcher(m).replaceFirst("");
        }
        String named = firstName(doc.select(AUTHOR_MARKUP));
        return named != null ? named : firstName(doc.select(AUTHOR_CLASSES));
    }

    /** The first element's text that names someone, without its label; null when none, or when it runs too long. */
    private static String firstName(Elements candidates) {
        for (Element e : candidates) {
            String t = LineClassifier.withoutBylineLabel(BY.matcher(TextNormalizer.line(e.text())).replaceFirst("")).strip();
            if (!t.isEmpty()) {
                return t.length() > MAX_BYLINE_CHARS ? null : t;
            }
        }
        return null;
    }

    /** Epoch milliseconds, or null when the markup states no time that parses. */
    static Long published(Document doc, Elements metas) {
        Long t = parse(meta(metas, META_PUBLISHED));
        if (t != null) {
            return t;
        }
        for (Element e : doc.select(MARKED_PUBLISHED)) {
            t = parse(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
            if (t != null) {
                return t;
            }
        }
        for (Element script : doc.select(JSON_LD)) {
            Matcher m = JSON_LD_PUBLISHED.matcher(script.data());
            if (m.find() && (t = parse(m.group(1))) != null) {
                return t;
            }
        }
        for (Element e : doc.select(TIME)) {
            if ((t = parse(e.attr("datetime"))) != null) {
                return t;
            }
        }
        return null;
    }

    /** A zone offset without its colon ("+0300"), which ISO-8601's extended form writes "+03:00". */
    private static final Pattern BASIC_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");

    /**
     * An ISO-8601 time: with its offset; without one, taken as UTC; a date alone, as its start in
     * UTC. A space may stand for the "T", and the offset may lack its colon.
     */
    static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10) + "T" + v.substring(11);
        }
        v = BASIC_OFFSET.matcher(v).replaceFirst("$1:$2");
        try {
            return OffsetDateTime.parse(v).toInstant().toEpochMilli();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    static String meta(Elements metas, Evaluator query) {
        for (Element m : metas) {
            if (query.matches(m, m)) {
                String v = TextNormalizer.line(m.attr("content"));
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}

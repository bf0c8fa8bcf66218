package dev.newsstream.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page's markup states about the article: its byline and publication time, from meta tags,
 * schema.org data (microdata, and JSON-LD of the article's own object), author links and time
 * elements with a time of day, in that order.
 */
final class PageMetadata {
    private PageMetadata() {}

    // Parsed once: a query string would be parsed again on every page.
    private static final Evaluator META_AUTHOR = QueryParser.parse(
            "meta[name=author], meta[property=article:author], meta[name=article:author], meta[name=byl], meta[name=parsely-author],"
                    + " meta[name=sailthru.author]");
    /** Author markup, most specific first; an element without text (a `<link rel=author>` in the head) is passed over. */
    private static final String AUTHOR_MARKUP_QUERY = "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]";
    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse(AUTHOR_MARKUP_QUERY);
    /** Class names of author markup (microformats, themes), asked only when the markup above names no one. */
    private static final String AUTHOR_CLASSES_QUERY = ".author.vcard .fn, .byline .author, .author-name";
    private static final Evaluator AUTHOR_CLASSES = QueryParser.parse(AUTHOR_CLASSES_QUERY);
    private static final Evaluator META_PUBLISHED = QueryParser.parse(
            "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=date], meta[property=og:published_time]");
    /** Sites' own publication metas, asked after the standard ones: some give a local time without its offset. */
    private static final Evaluator META_PUBLISHED_OTHER = QueryParser.parse(
            "meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=parsely-pub-date],"
                    + " meta[name=sailthru.date], meta[name=dc.date.issued], meta[name=dcterms.date]");
    private static final String MARKED_PUBLISHED_QUERY = "[itemprop=datePublished]";
    private static final Evaluator MARKED_PUBLISHED = QueryParser.parse(MARKED_PUBLISHED_QUERY);
    /**
     * The schema.org types of an article's own JSON-LD object, or of the page that holds it (an SEO
     * plugin's "WebPage" in the graph), as opposed to a video or an image embedded in it.
     */
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?:\\w*Article|BlogPosting|Report|LiveBlogPosting|\\w*WebPage)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final int MAX_BYLINE_CHARS = 100;

    /** Every element any of the queries above may take, and JSON-LD and time elements, found in one walk of the page. */
    private static final Evaluator MARKUP = QueryParser.parse(String.join(", ", AUTHOR_MARKUP_QUERY, AUTHOR_CLASSES_QUERY,
            MARKED_PUBLISHED_QUERY, "script[type=application/ld+json]", "time[datetime]"));

    /**
     * The byline and publication time (epoch milliseconds) the markup states, and the author names of
     * the article's JSON-LD, which count only when neither the markup nor the text names anyone (a
     * site's "admin" account, a photographer listed as an author); any may be null.
     */
    record Stated(String byline, Long published, String linkedDataByline) {}

    static Stated read(Document doc, Elements metas) {
        String author = authorMeta(metas);
        String byline = author != null ? BY.matcher(author).replaceFirst("") : null;
        Long published = parse(meta(metas, META_PUBLISHED));
        published = published != null ? published : parse(meta(metas, META_PUBLISHED_OTHER));
        if (byline != null && published != null) {
            return new Stated(byline, published, null);
        }
        Elements markup = doc.select(MARKUP);
        LinkedData linkedData = new LinkedData(markup);
        if (byline == null) {
            byline = firstName(markup, AUTHOR_MARKUP, doc);
            byline = byline != null ? byline : firstName(markup, AUTHOR_CLASSES, doc);
        }
        if (published == null) {
            published = published(markup, doc, linkedData);
        }
        return new Stated(byline, published, byline == null ? jsonLdAuthor(linkedData) : null);
    }

    /** The page's JSON-LD blocks, parsed once and only when asked (publication time and author both read them). */
    private static final class LinkedData {
        private final Elements markup;
        private List<JsonNode> trees;

        LinkedData(Elements markup) {
            this.markup = markup;
        }

        /** In page order; a site's broken JSON-LD states nothing and is left out. */
        List<JsonNode> trees() {
            if (trees == null) {
                trees = new ArrayList<>();
                for (Element e : markup) {
                    if (e.normalName().equals("script")) {
                        try {
                            JsonNode tree = JSON.readTree(e.data());
                            if (tree != null) {
                                trees.add(tree);
                            }
                        } catch (java.io.IOException malformed) {
                            // nothing stated
                        }
                    }
                }
            }
            return trees;
        }
    }

    /** The first author meta that names someone: "article:author" often holds a profile URL ahead of "author". */
    private static String authorMeta(Elements metas) {
        for (Element m : metas) {
            if (META_AUTHOR.matches(m, m)) {
                String v = TextNormalizer.line(m.attr("content"));
                if (!v.isEmpty() && !v.startsWith("http")) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The first element's text that names someone, without its label; null when none, or when it runs too long. */
    private static String firstName(Elements markup, Evaluator query, Document doc) {
        for (Element e : markup) {
            if (!query.matches(doc, e) || inComments(e)) {
                continue;
            }
            String t = LineClassifier.withoutBylineLabel(BY.matcher(TextNormalizer.line(e.text())).replaceFirst("")).strip();
            if (!t.isEmpty()) {
                return t.length() > MAX_BYLINE_CHARS ? null : t;
            }
        }
        return null;
    }

    /** Up to this many levels above an author's name a comment box is looked for. */
    private static final int COMMENT_DEPTH = 8;

    /**
     * Inside a comment section or a comment ("comment-list", "comments-area"): a theme names
     * commenters as it names authors. A page's state ("comments-open" on the body) is no box.
     */
    private static boolean inComments(Element e) {
        Element a = e.parent();
        for (int depth = 0; a != null && depth < COMMENT_DEPTH && !a.normalName().equals("body"); depth++, a = a.parent()) {
            for (String name : (a.className() + " " + a.id()).toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (name.startsWith("comment") && !name.endsWith("-open") && !name.endsWith("-closed")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Long published(Elements markup, Document doc, LinkedData linkedData) {
        Long t;
        for (Element e : markup) {
            if (MARKED_PUBLISHED.matches(doc, e) && (t = parse(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"))) != null) {
                return t;
            }
        }
        for (JsonNode tree : linkedData.trees()) {
            if ((t = articlePublished(tree)) != null) {
                return t;
            }
        }
        // a time of day, not a date alone: a header's date widget shows today's
        for (Element e : markup) {
            String value = e.attr("datetime");
            if (e.normalName().equals("time") && value.strip().length() > DATE_ONLY_CHARS && (t = parse(value)) != null) {
                return t;
            }
        }
        return null;
    }

    private static final int DATE_ONLY_CHARS = 10;

    /** The datePublished of the article's own object ("NewsArticle", "BlogPosting"), top level or in "@graph". */
    static Long jsonLdPublished(String json) {
        try {
            return articlePublished(JSON.readTree(json));
        } catch (java.io.IOException malformed) {
            return null; // a site's broken JSON-LD states nothing
        }
    }

    /** The author names of the article's own JSON-LD object, joined with commas; null when it names none. */
    private static String jsonLdAuthor(LinkedData linkedData) {
        for (JsonNode tree : linkedData.trees()) {
            String names = fromArticle(tree, tree.get("@graph"), PageMetadata::storyTyped, PageMetadata::authorNames);
            if (names != null && names.length() <= MAX_BYLINE_CHARS) {
                return names;
            }
        }
        return null;
    }

    /** The names an article object's "author" gives, joined with commas; null when it gives none. */
    private static String authorNames(JsonNode article, JsonNode graph) {
        JsonNode author = article.get("author");
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = personName(one, graph);
            // sites escape JSON-LD strings as HTML, some twice ("O&amp;#039;Donnell")
            name = name == null ? null : TextNormalizer.line(unescaped(unescaped(name))).strip();
            if (name != null && !name.isEmpty() && !name.startsWith("http") && !account(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * What {@code read} finds in the first object of a type {@code typed} accepts that gives it
     * anything: at the top, in a list, or in "@graph" ({@code graph}: the one its references point into).
     */
    private static <T> T fromArticle(JsonNode node, JsonNode graph, Predicate<JsonNode> typed, BiFunction<JsonNode, JsonNode, T> read) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                T value = fromArticle(item, graph, typed, read);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (typed.test(node.get("@type"))) {
            T value = read.apply(node, graph);
            if (value != null) {
                return value;
            }
        }
        JsonNode inner = node.get("@graph");
        return fromArticle(inner, inner != null ? inner : graph, typed, read);
    }

    private static String unescaped(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    /** CMS roles in scripts without case: "the editor", "administrator", "editor". */
    private static final java.util.Set<String> ROLE_ACCOUNTS = java.util.Set.of("المحرر", "محرر", "التحرير", "管理员", "管理員", "小编", "小編", "编辑", "編輯",
            "編集部", "관리자", "편집자");

    /** A CMS account rather than a writer: one word in lower case ("admin", "editor", "webteam"). */
    private static boolean account(String name) {
        // a name in a script without case (Chinese, Arabic, Thai) is no lower-case handle, but may be a role's
        return name.indexOf(' ') < 0 && name.chars().anyMatch(Character::isLowerCase)
                && name.equals(name.toLowerCase(java.util.Locale.ROOT)) || ROLE_ACCOUNTS.contains(name);
    }

    /** An article's own type, not the page holding it: a "WebPage" names its site's web team as author. */
    private static boolean storyTyped(JsonNode type) {
        return typed(type, name -> ARTICLE_TYPE.matcher(name).matches() && !name.endsWith("WebPage"));
    }

    /**
     * "Jane Roe", {"name": "Jane Roe"}, or {"@id": …} naming a Person elsewhere in the graph (an SEO
     * plugin's way); not an organisation, nor a bare domain.
     */
    private static String personName(JsonNode author, JsonNode graph) {
        if (author.isTextual()) {
            String name = author.asText().strip();
            return name.indexOf(' ') < 0 && name.indexOf('.') > 0 ? null : name; // a domain: the site, not a writer
        }
        if (author.path("@type").asText("").contains("Organization")) {
            return null; // the publisher or an agency: the visible byline names the writer better
        }
        if (author.has("name")) {
            return author.get("name").isTextual() ? author.get("name").asText() : null;
        }
        String id = author.path("@id").asText(null);
        if (id != null && graph != null && graph.isArray()) {
            for (JsonNode item : graph) {
                if (id.equals(item.path("@id").asText(null)) && item.path("name").isTextual()
                        && !item.path("@type").asText("").contains("Organization")) {
                    return item.path("name").asText();
                }
            }
        }
        return null;
    }

    private static Long articlePublished(JsonNode tree) {
        return fromArticle(tree, null, PageMetadata::articleTyped, (article, graph) -> parse(article.path("datePublished").asText(null)));
    }

    private static boolean articleTyped(JsonNode type) {
        return typed(type, name -> ARTICLE_TYPE.matcher(name).matches());
    }

    /** The "@type" value, a name or a list of names, has one that passes {@code test}. */
    private static boolean typed(JsonNode type, Predicate<String> test) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typed(t, test)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && test.test(type.asText());
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

package dev.newsstream.clean;

import dev.newsstream.model.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Main text of an HTML page: furniture elements are removed by tag and by class/id vocabulary,
 * the article container is taken from semantic markup when the page has it, else chosen by a
 * Readability-like score (paragraph text, commas, link density), and its blocks are then passed
 * through the same line rules as page text.
 */
final class HtmlExtractor {
    private static final Set<String> BLOCK = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figure", "header", "br", "hr",
            "center", "address", "details", "summary");
    private static final Set<String> CELL = Set.of("td", "th");
    private static final Set<String> POSITIVE = Set.of(
            "article", "body", "content", "main", "story", "text", "post", "entry", "prose", "rich");
    private static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside", "form", "button",
            "select", "input", "textarea", "figcaption", "object", "embed", "video", "audio", "canvas", "dialog", "menu",
            // a ruby's reading over its base text (read inline it would split the word), and AMP's ad slots
            "rt", "rp", "amp-ad", "amp-embed", "amp-sticky-ad");
    // Parsed once: a query string would be parsed again on every page.
    private static final Evaluator HIDDEN = QueryParser.parse(
            "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]");
    private static final Pattern COMMENT_TYPE = Pattern.compile("schema\\.org/Comment$", Pattern.CASE_INSENSITIVE);

    // Queries parsed once: parsing a selector costs as much as running it on a small page.
    private static final Evaluator HEADLINE = QueryParser.parse("h1");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
    private static final Evaluator PARAGRAPH_BLOCKS = QueryParser.parse("p, li, h2, h3, blockquote, pre");
    private static final Evaluator SCORED_BLOCKS = QueryParser.parse("p, pre, td, blockquote");
    /** Characters of a block read for its score; see {@link #scoredText}. */
    private static final int MAX_SCORED_CHARS = 50_000;
    private static final Evaluator LINKS = QueryParser.parse("a");
    private static final Evaluator META_TITLE = QueryParser.parse("meta[property=og:title], meta[name=twitter:title]");
    /** Longer "titles" are page text in a title element, not a headline with a site-name suffix. */
    private static final int MAX_TITLE_CHARS = 400;
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s[|–—·»:-]\\s[^|–—·»]{1,60}$");
    /** A site's name in front of the headline, up to the title's first separator. */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^[^|–—·»:]{1,60}?\\s[|–—·»:-]\\s");

    /** A container yielding this many words of main text is not second-guessed against the whole page. */
    private static final int CONFIDENT_WORDS = 250;
    /** Standfirst paragraphs between a headline and the article container: at most two, of eight words or more. */
    private static final int MAX_STANDFIRST = 2;
    private static final int MIN_STANDFIRST_WORDS = 8;
    private static final int TOP_CANDIDATES = 5;
    /** Share of stop words from which a block counts as prose, for the candidate score. */
    private static final double PROSE_STOPWORD_SHARE = 0.25;

    private final Lexicon lex = Lexicon.get();
    private final PageTextExtractor text = new PageTextExtractor();

    Extraction extract(String html) {
        return extract(html, PageTextExtractor.NO_FURNITURE);
    }

    /** Paragraphs a page's script-free version holds before it counts as the story. */
    private static final int MIN_NOSCRIPT_PARAGRAPHS = 2;

    /**
     * A {@code noscript} holding the story that a script shell would render: paragraphs that repeat
     * the page's title, where the page outside it has less text than they do (usually it holds a
     * pixel or "enable JavaScript").
     */
    private static boolean storyForNoScript(Element el, Document doc) {
        if (!el.normalName().equals("noscript") || el.getElementsByTag("p").size() < MIN_NOSCRIPT_PARAGRAPHS) {
            return false;
        }
        String text = el.text();
        int outside = doc.body() == null ? 0 : doc.body().text().length() - text.length();
        return outside < text.length() && namesTitle(text, doc.title());
    }

    /** Words of a page's title a script-free story repeats: a notice to turn scripts on names none. */
    private static final int MIN_NOSCRIPT_TITLE_WORDS = 2;

    private static boolean namesTitle(String text, String title) {
        Set<String> words = new java.util.HashSet<>(Tokens.words(text));
        int named = 0;
        for (String w : Tokens.words(title)) {
            if (w.length() > 3 && words.contains(w) && ++named >= MIN_NOSCRIPT_TITLE_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Blocks whose text is a known furniture line of the source are dropped like furniture markup. */
    Extraction extract(String html, java.util.function.Predicate<String> knownFurniture) {
        Document doc = Jsoup.parse(html);
        // Every meta query below searches only the page's meta elements, not the whole tree each time.
        Elements metas = doc.getElementsByTag("meta");
        String socialTitle = PageMetadata.meta(metas, META_TITLE);
        String title = title(doc, socialTitle);
        List<String> titles = titleCandidates(doc, socialTitle);
        PageMetadata.Stated stated = PageMetadata.read(doc, metas);
        // One walk with a set lookup instead of a 22-way selector tried on every element.
        List<Element> dropped = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            if (DROP_TAGS.contains(el.normalName()) && !storyForNoScript(el, doc) || apparatus(el)) {
                dropped.add(el);
            }
        }
        keepFormsHoldingTheStory(doc, dropped);
        dropped.forEach(Element::remove);
        doc.select(HIDDEN).remove();
        removeByVocabulary(doc.body());
        TeaserCards.remove(doc.body(), lex);
        PullQuotes.remove(doc.body());
        String titleWords = wordsOf(socialTitle) + "\n" + wordsOf(TextNormalizer.line(doc.title()));
        List<Element> roots = contentRoots(doc, titleWords);
        List<String> rootBlocks = new ArrayList<>();
        roots.forEach(root -> rootBlocks.addAll(blocks(root)));
        // a headline above the article container is not among its blocks, whatever its first line looks like
        Element h1 = doc.selectFirst(HEADLINE);
        boolean headlineAbove = h1 != null && java.util.Collections.disjoint(roots, h1.parents()) && !roots.contains(h1);
        Extraction e = fromBlocks(rootBlocks, title, knownFurniture, !headlineAbove);
        if (roots.get(0) != doc.body() && doc.body() != null && words(e) < CONFIDENT_WORDS) {
            // A container that holds much less main text than the whole page's line analysis is the wrong box,
            // unless the more is other articles' (a preloaded next story) beside the chosen one.
            if (roots.size() == 1 && roots.get(0).normalName().equals("article") && headedByTitle(roots.get(0), titleWords)) {
                removeOtherArticles(roots.get(0));
            }
            Extraction whole = fromBlocks(blocks(doc.body()), title, knownFurniture, true);
            if (words(e) * 2 < words(whole)) {
                e = whole;
                headlineAbove = false;
            }
        }
        if (headlineAbove) {
            e = ledBy(standfirst(h1, roots), e);
        }
        String lead = leadBefore(roots.get(0));
        if (lead != null) {
            e = ledBy(List.of(lead), e);
        }
        String note = editorsNoteBefore(roots.get(0));
        if (note != null) {
            e = ledBy(List.of(note), e);
        }
        String chosen = title != null ? sidedTitle(title, doc, socialTitle, e.paragraphs()) : e.title();
        String headline = Headline.confirm(chosen, titles, e.paragraphs(),
                () -> headingNamedInTitle(doc, titleWords, PageMetadata.meta(metas, META_SITE_NAME)));
        String byline = stated.byline() != null ? stated.byline() : e.byline() != null ? e.byline() : stated.linkedDataByline();
        return new Extraction(headline, byline, e.paragraphs(), stated.published());
    }

    /**
     * Removes the articles beside the story's own (its siblings: a preloaded next story), which are
     * stories of their own. Articles in a box of their own elsewhere may be the story's parts: a
     * live page's entries under its summary.
     */
    private static void removeOtherArticles(Element root) {
        Element parent = root.parent();
        if (parent == null) {
            return;
        }
        List<Element> others = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling != root && sibling.normalName().equals("article")) {
                others.add(sibling);
            }
        }
        others.forEach(Element::remove);
    }

    /**
     * A form around the page (ASP.NET wraps every page in one, and an unclosed search form swallows
     * what follows it) holds the story: the headline, or, on a page without one, most of the page's
     * paragraph text. Its fields and buttons go, its headline and paragraphs stay. A newsletter or
     * report form with a paragraph of terms is furniture.
     */
    private static void keepFormsHoldingTheStory(Document doc, List<Element> dropped) {
        if (doc.body() == null || dropped.stream().noneMatch(el -> el.normalName().equals("form"))) {
            return;
        }
        Element h1 = doc.selectFirst(HEADLINE);
        int pageChars = h1 == null ? paragraphChars(doc.body()) : 0;
        // beside a headed article, a form with much text is its readers' discussion or a newsletter's pitch
        dropped.removeIf(el -> el.normalName().equals("form")
                && (h1 != null ? h1.parents().contains(el) : paragraphChars(el) * 2 > pageChars));
    }

    private Extraction fromBlocks(List<String> blocks, String title, java.util.function.Predicate<String> knownFurniture,
                                  boolean mayHoldHeadline) {
        // Once the headline block is out, the first block left is body, however short.
        boolean headlineRemoved = blocks.removeIf(b -> b.equals(title));
        return text.extractLines(blocks, knownFurniture, mayHoldHeadline && !headlineRemoved);
    }

    /** The text with {@code lead} in front, but for lines the text already holds; no text, no lead. */
    private static Extraction ledBy(List<String> lead, Extraction e) {
        List<String> paragraphs = new ArrayList<>(lead);
        paragraphs.removeAll(e.paragraphs());
        if (paragraphs.isEmpty() || e.paragraphs().isEmpty()) {
            return e;
        }
        paragraphs.addAll(e.paragraphs());
        return new Extraction(e.title(), e.byline(), paragraphs, e.publishedAt());
    }

    /**
     * A lead in a box the markup names so ("field-intro", "perex") right before the article
     * container, inside the same box: a CMS's field for the intro beside its field for the text.
     */
    private static String leadBefore(Element root) {
        Element before = root.previousElementSibling();
        if (before == null || !namedLead(before)) {
            return null;
        }
        String t = TextNormalizer.line(before.text());
        return standfirstShaped(t) ? t : null;
    }

    /** A standfirst ends its sentence; an excerpt cut off with an ellipsis ("… ending…") repeats the lede. */
    private static boolean standfirstShaped(String t) {
        return Texts.wordCount(t) >= MIN_STANDFIRST_WORDS && LineClassifier.endsLikeSentence(t) && !t.endsWith("…") && !t.endsWith("...");
    }

    /**
     * An editor's note set in a box of its own right before the article container, among its two
     * nearest siblings with text ("This post originally appeared on …", "Update: …"); null when none.
     */
    private static String editorsNoteBefore(Element root) {
        int looked = 0;
        for (Element sibling = root.previousElementSibling(); sibling != null && looked < 2; sibling = sibling.previousElementSibling()) {
            String t = TextNormalizer.line(sibling.text());
            if (t.isEmpty()) {
                continue;
            }
            if (LineClassifier.isEditorsNote(t)) {
                return t;
            }
            looked++;
        }
        return null;
    }

    /**
     * The standfirst: full-sentence paragraphs set right after the headline, before the article
     * container (as page text keeps a full-sentence lede under the headline). Labels, dates and a
     * second headline without a full stop belong to the header.
     */
    private static List<String> standfirst(Element h1, List<Element> roots) {
        Set<Element> rootsAndAncestors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element root : roots) {
            rootsAndAncestors.add(root);
            rootsAndAncestors.addAll(root.parents());
        }
        // a headline wrapped alone in a header box: the standfirst follows the box
        Element anchor = h1;
        while (anchor.parent() != null && anchor.parent().childrenSize() == 1 && !rootsAndAncestors.contains(anchor.parent())) {
            anchor = anchor.parent();
        }
        List<String> out = new ArrayList<>();
        for (Element sibling : anchor.nextElementSiblings()) {
            if (out.size() >= MAX_STANDFIRST || rootsAndAncestors.contains(sibling)) {
                break;
            }
            List<String> points = keyPoints(sibling);
            if (!points.isEmpty()) {
                out.addAll(points);
                continue;
            }
            String t = TextNormalizer.line(sibling.text());
            if ((sibling.normalName().equals("p") || namedLead(sibling)) && standfirstShaped(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Evaluator LIST = QueryParser.parse("ul, ol");
    private static final int MIN_KEY_POINTS = 2;
    private static final int MAX_KEY_POINTS = 8;
    private static final int MIN_KEY_POINT_WORDS = 5;

    /**
     * A box of key points under the headline ("Key points", "Highlights"): a list of two to eight
     * full sentences, none of them a link (a list of related headlines has no full stops and is all
     * links). Its items lead the text; the box's own heading does not.
     */
    private static List<String> keyPoints(Element box) {
        Element list = box.selectFirst(LIST); // the box itself when it is the list
        if (list == null) {
            return List.of();
        }
        Elements items = list.children();
        if (items.size() < MIN_KEY_POINTS || items.size() > MAX_KEY_POINTS) {
            return List.of();
        }
        List<String> points = new ArrayList<>();
        for (Element item : items) {
            String t = TextNormalizer.line(item.text());
            if (!item.normalName().equals("li") || Texts.wordCount(t) < MIN_KEY_POINT_WORDS || !LineClassifier.endsLikeSentence(t)
                    || linkDensity(item) > 0.5) {
                return List.of();
            }
            points.add(t);
        }
        return points;
    }

    /** Class and id words of a lead box ("article-lead", "perex", "standfirst"), from general CMS vocabulary. */
    private static final Set<String> LEAD_NAMES = Set.of("lead", "perex", "intro", "standfirst", "deck", "dek", "summary",
            "subtitle", "subheadline", "chapeau", "chapo", "entradilla", "sottotitolo", "vorspann");
    /** Words that make a lead-named box a media slot ("lead-photo", "audio-intro", "summary-credit"), not the lead's text. */
    private static final Set<String> MEDIA_NAMES = Set.of("photo", "image", "img", "media", "art", "picture", "video", "audio",
            "player", "figure", "gallery", "caption", "credit");

    /**
     * A box the markup names as the story's lead, by its class or id or as the article's
     * description; not a media slot named after the lead, nor one holding an image or a player.
     */
    private static boolean namedLead(Element el) {
        boolean named = el.attr("itemprop").equals("description");
        for (String name : (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (MEDIA_NAMES.contains(name)) {
                return false;
            }
            named |= LEAD_NAMES.contains(name);
        }
        return named && el.selectFirst(MEDIA) == null;
    }

    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video, audio, iframe, figure");

    private static int words(Extraction e) {
        int n = 0;
        for (String p : e.paragraphs()) {
            n += Texts.wordCount(p);
        }
        return n;
    }

    /**
     * The page's other titles, the social title and the document title, each without its site
     * suffix. Other h1 headings are not among them: a page may head a teaser for a related story
     * with one.
     */
    private static List<String> titleCandidates(Document doc, String og) {
        List<String> out = new ArrayList<>();
        for (String t : new String[] {og, TextNormalizer.line(doc.title())}) {
            String stripped = withoutSiteSuffix(t);
            if (stripped != null) {
                out.add(stripped);
            }
        }
        return out;
    }

    /** Fewest words of a heading taken for the headline because a title names it: a site's name may be one word. */
    private static final int MIN_NAMED_HEADING_WORDS = 2;
    private static final Evaluator TOP_HEADINGS = QueryParser.parse("h1, h2");
    private static final Evaluator META_SITE_NAME = QueryParser.parse("meta[property=og:site_name], meta[name=application-name]");
    /** A link to a site's front page: a logo. */
    private static final Pattern FRONT_PAGE = Pattern.compile("^(?:https?://[^/]+)?/?(?:index\\.\\w+)?$");

    /**
     * The longest top-level heading (h1, or h2 on a page without h1), of two words or more, whose
     * words the social or document title holds in a row ("Site - Section - Headline"): on a page
     * whose first heading heads a menu or shows the site's name, the article's own heading is the
     * one its title repeats. Not the site's name itself (its og:site_name, or a heading that is a
     * link to the front page: a logo). A lower heading is no candidate beside an h1 other than a
     * logo: a site's name in an h2 is in its title too. Asked only after furniture markup is
     * removed, so a menu's or footer's heading is gone. Null when there is none.
     */
    private static String headingNamedInTitle(Document doc, String titles, String siteName) {
        Elements headings = doc.select(TOP_HEADINGS);
        headings.removeIf(HtmlExtractor::linksToFrontPage);
        boolean anyH1 = headings.stream().anyMatch(h -> h.normalName().equals("h1"));
        String best = null;
        int bestWords = MIN_NAMED_HEADING_WORDS - 1;
        for (Element h : headings) {
            if (anyH1 && !h.normalName().equals("h1")) {
                continue;
            }
            String text = TextNormalizer.line(h.text());
            int words = Tokens.wordCount(text);
            String named = wordsOf(text);
            if (words > bestWords && text.length() <= MAX_TITLE_CHARS && !text.equalsIgnoreCase(siteName)
                    && !named.isBlank() && titles.contains(named)) {
                best = text;
                bestWords = words;
            }
        }
        return best;
    }

    private static boolean linksToFrontPage(Element heading) {
        Element a = heading.selectFirst("a[href]");
        return a != null && a.text().length() == heading.text().length() && FRONT_PAGE.matcher(a.attr("href").strip()).matches();
    }

    /** Lower-case words between single spaces, padded: " die welt " is not in " die weltmeisterschaft ". */
    private static String wordsOf(String s) {
        return s == null ? "" : " " + String.join(" ", Tokens.words(s.toLowerCase(Locale.ROOT))) + " ";
    }

    /** "Headline | Site" to "Headline", unless too little would be left; null for no title. */
    private static String withoutSiteSuffix(String t) {
        if (t == null || t.isEmpty()) {
            return null;
        }
        // The suffix search tries every separator of the title: bounded to title-sized strings.
        String stripped = t.length() > MAX_TITLE_CHARS ? t : TITLE_SUFFIX.matcher(t).replaceFirst("");
        return stripped.length() >= 10 ? stripped : t;
    }

    /**
     * A title read from the head with the site's name in front of the headline ("Site - Headline"):
     * of the part after the first separator and the part before the last, the one that shares more
     * with the story's opening, so that the site's name is not the headline. Any other title as is.
     */
    private static String sidedTitle(String title, Document doc, String og, List<String> paragraphs) {
        String full = og != null ? og : TextNormalizer.line(doc.title());
        if (!title.equals(withoutSiteSuffix(full)) || full.length() > MAX_TITLE_CHARS) {
            return title;
        }
        var m = TITLE_PREFIX.matcher(full);
        if (!m.find() || m.end() >= full.length() || title.length() > full.length() - m.end()) {
            return title;
        }
        String afterPrefix = full.substring(m.end());
        String best = Headline.confirm(null, List.of(afterPrefix, title), paragraphs, () -> null);
        return best != null ? best : title;
    }

    private static String title(Document doc, String og) {
        Element h1 = doc.selectFirst(HEADLINE);
        if (h1 != null && og != null && linksToFrontPage(h1)) {
            h1 = null; // the site's logo; the social title names the story
        }
        String h1Text = h1 == null ? null : spacedText(h1);
        if (h1Text != null && !h1Text.isEmpty() && (og == null || og.startsWith(h1Text) || h1Text.length() >= 15)) {
            return h1Text;
        }
        return withoutSiteSuffix(og != null ? og : TextNormalizer.line(doc.title()));
    }

    /**
     * Readers' comments as schema.org marks them up (a forum's replies, a blog's comments; not a
     * question page's answers, which are its text), and footnote markers and back links,
     * which would glue a figure to a sentence's last word ("replaced.1") and end a note with "↩".
     * Checked in the walk that finds the dropped tags: attribute lookups, not another selector pass.
     */
    private static boolean apparatus(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        String itemprop = el.attr("itemprop");
        if (itemprop.equals("comment")
                || el.hasAttr("itemtype") && COMMENT_TYPE.matcher(el.attr("itemtype")).find()) {
            return true;
        }
        String tag = el.normalName();
        if (tag.equals("a")) {
            String href = el.attr("href");
            if (href.startsWith("#fnref") || href.startsWith("#fn") && el.parent() != null && el.parent().normalName().equals("sup")) {
                return true;
            }
        } else if (!tag.equals("sup")) {
            return false;
        }
        // one look at the class attribute before the exact class tests, which parse it each
        String classes = el.attr("class");
        return classes.contains("footnote") && (el.hasClass("footnote-ref") || el.hasClass("footnote-backref") || el.hasClass("reversefootnote"));
    }

    /** Removes elements whose class or id names furniture, unless it also names content. */
    void removeByVocabulary(Element body) {
        if (body == null) {
            return;
        }
        List<Element> doomed = new ArrayList<>();
        // Paragraph text per subtree in one pass, not a subtree search for every furniture-named box.
        java.util.Map<Element, Integer> chars = new java.util.IdentityHashMap<>();
        for (Element m : body.select(PARAGRAPH_BLOCKS)) {
            int len = m.ownText().length();
            for (Element a = m; a != null && len > 0; a = a == body ? null : a.parent()) {
                chars.merge(a, len, Integer::sum);
            }
        }
        int bodyChars = Math.max(1, chars.getOrDefault(body, 0));
        Element lede = firstLongParagraph(body);
        for (Element el : body.getAllElements()) {
            if (el == body) {
                continue;
            }
            Names names = names(el);
            if (names.furnitureOnly() && !el.tagName().equals("article") && !el.tagName().equals("main")
                    && chars.getOrDefault(el, 0) * 3 < bodyChars && !wrapsNamedContent(el, names, chars)
                    && !(names.camelOnly() && holdsHeadlineOrLede(el, lede))) {
                // A wrapper holding a third of the page's prose is a layout box whose name merely mentions furniture.
                doomed.add(el);
            }
        }
        for (Element el : doomed) {
            el.remove();
        }
    }

    /** Words of a paragraph that a box named furniture only by a compound's part ("IntroTeaser") keeps for. */
    private static final int MIN_LEAD_WORDS = 20;

    /** The page's first paragraph of a lede's length: a teaser box's blurbs come after it. */
    private static Element firstLongParagraph(Element body) {
        for (Element p : body.getElementsByTag("p")) {
            if (Texts.wordCount(p.text()) >= MIN_LEAD_WORDS) {
                return p;
            }
        }
        return null;
    }

    /**
     * A box holding the headline or the lede (the page's first paragraph of a lede's length): a
     * component named "HeroBanner" or "IntroTeaser" that holds them is the story's header, not a
     * banner or a teaser card. An inline element is a piece of text, not a box.
     */
    private static boolean holdsHeadlineOrLede(Element el, Element lede) {
        return INLINE_WRAPPERS.contains(el.normalName()) || el.selectFirst(HEADLINE) != null
                || lede != null && (lede == el || lede.parents().contains(el));
    }

    /** How far up a layout box's content-named parent is looked for. */
    private static final int WRAPPER_DEPTH = 3;

    /** What an element's class and id name: the furniture tokens among them, and whether content too. */
    private record Names(Set<String> furniture, boolean content, boolean camelOnly) {
        boolean furnitureOnly() {
            return !furniture.isEmpty() && !content;
        }
    }

    private Names names(Element el) {
        String names = el.className() + " " + el.id();
        Set<String> furniture = Set.of();
        boolean content = false;
        boolean camelOnly = true;
        int start = 0;
        String previous = "";
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                if (i > start) {
                    List<String> parts = camelParts(names.substring(start, i));
                    for (int k = 0; k < parts.size(); k++) {
                        String tok = parts.get(k);
                        // "has-ads", "with-sidebar": a modifier saying what the box holds, not what it is
                        boolean modifier = previous.equals("has") || previous.equals("with");
                        if (!modifier && lex.furnitureTokens.contains(tok)) {
                            furniture = furniture.isEmpty() ? new java.util.HashSet<>() : furniture;
                            furniture.add(tok);
                            camelOnly &= parts.size() > 1;
                        }
                        // a compound names what it is by its last word: "RelatedStoryList" is a list, "ArticleBody" a body
                        content |= POSITIVE.contains(tok) && k == parts.size() - 1;
                        previous = tok;
                    }
                }
                start = i + 1;
            }
        }
        return new Names(furniture, content, camelOnly && !furniture.isEmpty());
    }

    /** Shortest camel-case class name split into its words: a generated hash ("kYjCrp", "bdVaJa") is shorter. */
    private static final int MIN_CAMEL_NAME = 8;
    private static final int MAX_CAMEL_PARTS = 3;

    /**
     * A class name's words, lower-cased: "InlineNewsletter" and "shareBar" as component frameworks
     * write them are "inline", "newsletter" and "share", "bar"; a name with digits is a hash.
     */
    static List<String> camelParts(String name) {
        // every class word of every element passes here: a short one is a word, or a hash
        if (name.length() < MIN_CAMEL_NAME || name.chars().anyMatch(Character::isDigit)) {
            return List.of(name.toLowerCase(Locale.ROOT));
        }
        List<String> parts = new ArrayList<>(2);
        int from = 0;
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                parts.add(name.substring(from, i).toLowerCase(Locale.ROOT));
                from = i;
            }
        }
        parts.add(name.substring(from).toLowerCase(Locale.ROOT));
        // a longer chain ("eventDetailsContentTags") is a framework's internal name, not a box's
        return parts.size() <= MAX_CAMEL_PARTS ? parts : List.of(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Furniture words that page builders also give every box they lay out ("elementor-widget-container"
     * around a post's text as around a sidebar's list).
     */
    private static final Set<String> BUILDER_BOX_WORDS = Set.of("widget");

    /**
     * A furniture-named box whose only furniture word is a page builder's generic one, holding nearly
     * all the prose of a content-named box just above it ("elementor-widget-theme-post-content"), is
     * that content's wrapper, not furniture inside it. A "comments-box" in an "article-comments"
     * box is still furniture.
     */
    private boolean wrapsNamedContent(Element el, Names own, java.util.Map<Element, Integer> chars) {
        if (!BUILDER_BOX_WORDS.containsAll(own.furniture())) {
            return false;
        }
        int ownChars = chars.getOrDefault(el, 0);
        Element a = el.parent();
        for (int depth = 0; a != null && depth < WRAPPER_DEPTH; depth++, a = a.parent()) {
            if (names(a).content()) {
                return ownChars > 0 && ownChars * 5 >= chars.getOrDefault(a, 0) * 4;
            }
        }
        return false;
    }

    static Element contentRoot(Document doc) {
        return contentRoots(doc, "").get(0);
    }

    /**
     * The article container, or, when the story is marked up as several {@code articleBody}
     * sections (a CMS cuts it at every inline ad or embed), all of them in page order, so that the
     * text before the first cut is not lost to the longest section.
     */
    static List<Element> contentRoots(Document doc, String titleWords) {
        Elements articleBodies = doc.select(ARTICLE_BODY);
        Element root = singleRoot(doc, articleBodies, titleWords);
        if (articleBodies.contains(root)) {
            List<Element> sections = new ArrayList<>();
            for (Element section : articleBodies) {
                boolean nested = sections.stream().anyMatch(outer -> section.parents().contains(outer));
                if (!nested && paragraphChars(section) > 0) {
                    sections.add(section);
                }
            }
            if (sections.contains(root)) {
                return sections;
            }
        }
        return withParagraphsAfter(root);
    }

    private static Element singleRoot(Document doc, Elements articleBodies, String titleWords) {
        Element body = doc.body();
        if (body == null) {
            return doc;
        }
        Element best = largest(articleBodies);
        if (best == null) {
            Elements articles = doc.select(ARTICLE);
            best = titled(articles, titleWords);
            best = best != null ? best : largest(articles);
        }
        if (best == null) {
            best = largest(doc.select(MAIN));
        }
        Element scored = scoredCandidate(body);
        if (best == null) {
            return scored != null ? scored : body;
        }
        // Semantic markup is trusted unless it holds far less text than the best-scored container (a teaser card).
        if (scored != null && paragraphChars(best) * 3 < paragraphChars(scored)) {
            return scored;
        }
        return best;
    }

    /** Inline elements that old pages wrap a story in ("<font>", "<b>"). */
    private static final Set<String> INLINE_WRAPPERS = Set.of("font", "span", "b", "i", "em", "strong", "small", "big", "u");

    /**
     * An inline container and the paragraphs right after it: a parser closes {@code <font>} before
     * a paragraph it cannot hold, so the story's last paragraphs stand beside it, not in it.
     */
    private static List<Element> withParagraphsAfter(Element root) {
        if (!INLINE_WRAPPERS.contains(root.normalName())) {
            return List.of(root);
        }
        List<Element> roots = new ArrayList<>(List.of(root));
        for (Element next = root.nextElementSibling(); next != null && next.normalName().equals("p"); next = next.nextElementSibling()) {
            roots.add(next);
        }
        return roots;
    }

    /** Fewest words of a heading that picks its article by the page's title: "Live" or "Analysis" name no story. */
    private static final int MIN_TITLED_HEADING_WORDS = 3;
    private static final Evaluator ARTICLE_HEADINGS = QueryParser.parse("h1, h2, h3");

    /**
     * Of several articles (an infinite-scroll page preloads the next story in one of its own, often
     * longer), the first with text whose heading the page's social or document title repeats
     * ({@code titleWords}: their words, see {@link #wordsOf}); null when none does.
     */
    private static Element titled(Elements articles, String titleWords) {
        if (articles.size() < 2 || titleWords.isBlank()) {
            return null;
        }
        for (Element article : articles) {
            if (paragraphChars(article) > 200 && headedByTitle(article, titleWords)) {
                return article;
            }
        }
        return null;
    }

    /** The element's first heading, of three words or more, is repeated by the page's title. */
    private static boolean headedByTitle(Element article, String titleWords) {
        Element heading = article.selectFirst(ARTICLE_HEADINGS);
        if (heading == null) {
            return false;
        }
        String text = TextNormalizer.line(heading.text());
        return Tokens.wordCount(text) >= MIN_TITLED_HEADING_WORDS && text.length() <= MAX_TITLE_CHARS
                && titleWords.contains(wordsOf(text));
    }

    private static Element largest(Elements els) {
        Element best = null;
        int bestLen = 200;
        for (Element e : els) {
            int len = paragraphChars(e);
            if (len > bestLen) {
                bestLen = len;
                best = e;
            }
        }
        return best;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select(PARAGRAPH_BLOCKS)) {
            n += p.ownText().length();
        }
        return n;
    }

    /**
     * Readability-style: each paragraph scores its parent fully and its grandparent half. Commas
     * stand for prose only in prose: a cell listing a hundred names and affiliations has a hundred
     * commas and hardly a function word, so a block scores in proportion to its share of stop words
     * up to {@link #PROSE_STOPWORD_SHARE}.
     */
    private static Element scoredCandidate(Element body) {
        java.util.Map<String, Integer> stopwords = Lexicon.get().stopwordBits;
        List<Element> blocks = new ArrayList<>();
        List<double[]> raw = new ArrayList<>(); // score, stop-word share
        double proseShare = 0;
        for (Element p : body.select(SCORED_BLOCKS)) {
            String t = scoredText(p);
            if (t.length() < 25) {
                continue;
            }
            List<String> toks = Tokens.words(t);
            int hits = 0;
            for (String tok : toks) {
                hits += stopwords.containsKey(tok) ? 1 : 0;
            }
            double share = hits / (double) Math.max(1, toks.size());
            proseShare = Math.max(proseShare, share);
            blocks.add(p);
            raw.add(new double[] {1 + Tokens.count(t, ',') + Math.min(t.length() / 100.0, 3.0), share});
        }
        // on a page in a language without a list here no block reads as prose, and the share says nothing
        boolean listedLanguage = proseShare >= PROSE_STOPWORD_SHARE;
        // insertion (page) order, so that equal scores are ranked the same way on every run
        java.util.Map<Element, Double> scores = new java.util.LinkedHashMap<>();
        for (int k = 0; k < blocks.size(); k++) {
            double s = raw.get(k)[0] * (listedLanguage ? Math.min(1, raw.get(k)[1] / PROSE_STOPWORD_SHARE) : 1);
            Element parent = blocks.get(k).parent();
            if (parent != null) {
                scores.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, s / 2, Double::sum);
                }
            }
        }
        // Link density costs a subtree walk, so only the strongest few raw scores pay for it.
        List<java.util.Map.Entry<Element, Double>> top = new ArrayList<>(scores.entrySet());
        top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Element best = null;
        double bestScore = 0;
        for (var e : top.subList(0, Math.min(TOP_CANDIDATES, top.size()))) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * The block's text, or its first {@link #MAX_SCORED_CHARS} characters when it holds more. A
     * score needs no more: its length term is capped at 300 characters and its stop-word share is
     * the same in a long prefix. Reading every block whole costs the square of the page when blocks
     * nest (tables or paragraphs hundreds deep, each holding the text of all below it).
     */
    private static String scoredText(Element block) {
        StringBuilder prefix = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    prefix.append(t.text()).append(' ');
                }
                return prefix.length() > MAX_SCORED_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, block);
        return prefix.length() > MAX_SCORED_CHARS ? prefix.toString() : block.text();
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select(LINKS)) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    /** The root's text cut at block boundaries, like a browser's innerText; link-list blocks are dropped. */
    static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        int[] linkChars = {0};
        TextWalker walker = new TextWalker() {
            @Override
            void text(TextNode t) {
                if (inLink(t)) {
                    linkChars[0] += t.getWholeText().strip().length();
                }
            }

            // A table row is one line, its cells apart, as a browser copies it: a row of figures
            // reads as a row, and a one-word cell is not mistaken for a button.
            @Override
            void boundary(Element el) {
                if (BLOCK.contains(el.normalName()) || customBlock(el)) {
                    flush(out, buf, linkChars);
                } else if (CELL.contains(el.normalName())) {
                    buf.append(' ');
                }
            }
        };
        root.traverse(walker);
        flush(out, walker.buf, linkChars);
        return out;
    }

    /**
     * A custom element ("cn-paragraph", "story-body"): a site's web components, styled as blocks
     * (browsers show them inline by default, and without this a page built of them was one line).
     * Only under a block (or a custom block) with no text beside it, bare or in inline markup: one
     * set in running text (a ticker symbol in a link, a place name between spans) stays inline.
     */
    private static boolean customBlock(Element el) {
        if (el.normalName().indexOf('-') < 0) {
            return false;
        }
        Element parent = el.parent();
        if (parent == null) {
            return true;
        }
        if (!BLOCK.contains(parent.normalName()) && !parent.normalName().equals("body") && !customBlock(parent)) {
            return false;
        }
        // text beside it, bare or in inline markup, makes it part of a line ("<span>Residents of </span><place-chip>…")
        for (Node sibling : parent.childNodes()) {
            if (sibling instanceof TextNode t && !t.isBlank()
                    || sibling instanceof Element e && e != el && !BLOCK.contains(e.normalName()) && e.normalName().indexOf('-') < 0
                            && e.hasText()) {
                return false;
            }
        }
        return true;
    }

    /** An element's text on one line, words apart across inline edges as {@link #blocks} sets them, links included. */
    private static String spacedText(Element el) {
        TextWalker walker = new TextWalker();
        el.traverse(walker);
        return TextNormalizer.line(walker.buf.toString());
    }

    /**
     * Collects text nodes' text. Across an inline element's edge, a capital or an opening quote
     * right after a lower-case letter, a figure or a colon starts a new word: a kicker and its
     * headline in two spans ("Depot row" "Orchard Lane …"), a time and a name ("14:32" "Sam Roe"),
     * a question's label and its text ("Q:" "What …"), which a page sets apart by style, not by
     * a space. Within a word ("<b>U</b>SA", "m<sup>2</sup>") and in code nothing is added.
     */
    private static class TextWalker implements NodeVisitor {
        final StringBuilder buf = new StringBuilder();
        private boolean edge;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendAcrossEdge(t);
                edge = false;
                text(t);
            } else if (node instanceof Element el) {
                boundary(el);
                edge = true;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el) {
                boundary(el);
                edge = true;
            }
        }

        void text(TextNode t) {}

        void boundary(Element el) {}

        private void appendAcrossEdge(TextNode t) {
            String s = t.getWholeText();
            if (edge && !buf.isEmpty() && !s.isEmpty()) {
                char last = buf.charAt(buf.length() - 1);
                char next = s.charAt(0);
                boolean wordEnd = Character.isLowerCase(last) || Character.isDigit(last) || last == ':';
                // a straight quote may close as well as open
                boolean wordStart = Character.isUpperCase(next) || next == '“' || next == '„' || next == '«';
                if (wordEnd && wordStart && !inCode(t)) {
                    buf.append(' ');
                }
            }
            buf.append(s);
        }
    }

    /** Highlighted code sets its tokens in spans: nothing is added between them. */
    private static boolean inCode(TextNode t) {
        for (Node p = t.parentNode(); p instanceof Element el; p = el.parentNode()) {
            if (el.normalName().equals("pre") || el.normalName().equals("code")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inLink(TextNode t) {
        Node p = t.parentNode();
        for (int i = 0; i < 4 && p instanceof Element el; i++) {
            if (el.normalName().equals("a")) {
                return true;
            }
            p = el.parentNode();
        }
        return false;
    }

    private static void flush(List<String> out, StringBuilder buf, int[] linkChars) {
        if (buf.length() == 0) {
            return;
        }
        String t = TextNormalizer.line(buf.toString());
        boolean linkList = !t.isEmpty() && linkChars[0] > 0.6 * t.length();
        if (!t.isEmpty() && !linkList) {
            out.add(t);
        }
        buf.setLength(0);
        linkChars[0] = 0;
    }
}

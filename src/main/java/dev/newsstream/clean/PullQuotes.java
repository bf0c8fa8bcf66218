package dev.newsstream.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A pull quote sets a line of the story again in large type beside it. Kept, the line is in the
 * text twice and the quote stage reports its quote twice, once without a speaker. In HTML it is a
 * box of its own (a blockquote, a figure, or a block whose class names a pull quote or a quote)
 * of 8 to 60 words, set among the story's paragraphs (two or more under an element up to three
 * levels above it), at least 70% of whose word triples those paragraphs already hold; a quoted
 * letter or post is text the story does not repeat, and stays, and so does a box whose line is
 * repeated only elsewhere on the page (a teaser of the same story in a side box). Its attribution
 * in a {@code <cite>} is not counted, and goes with it. Page text has no such mark: there a repeated line may as well be a
 * caption or a standfirst that the story's own paragraph repeats.
 */
final class PullQuotes {
    private PullQuotes() {}

    /** Blocks that may be a quote box by their class name. */
    private static final Set<String> BOX_TAGS = Set.of("div", "p", "section");
    /**
     * Names that say a box holds a pull quote wherever they stand in a class name; a name "quote" or
     * one ending in "-quote" or "_quote" says so too. "pull-left" and "pull-right" only float a box.
     */
    private static final List<String> PULL_QUOTE_CLASSES = List.of("pullquote", "pull-quote", "pull_quote");
    /** Shorter boxes repeat a few words of the story by chance: a label, a name, a slogan. */
    private static final int MIN_WORDS = 8;
    /** A longer box is a quoted document or a section of the story, not a line lifted from it. */
    private static final int MAX_WORDS = 60;
    /** Editors trim a pull quote ("…") and drop a word or two, so the match is of word triples, not the string. */
    private static final double SHARED_TRIPLES = 0.7;
    /** A pull quote sits among its story's paragraphs, at most a wrapper or two down from them. */
    private static final int LEVELS_UP = 3;
    /** One paragraph beside the box is a caption's or a card's text as often as a story. */
    private static final int MIN_STORY_PARAGRAPHS = 2;

    static void remove(Element body) {
        if (body == null) {
            return;
        }
        Story story = Story.of(body);
        List<Element> doomed = new ArrayList<>();
        for (Element box : story.boxes) {
            Element around = story.paragraphsAround(box);
            if (around == null) {
                continue;
            }
            List<String> words = Tokens.words(quotedText(box));
            if (words.size() < MIN_WORDS || words.size() > MAX_WORDS) {
                continue;
            }
            List<String> triples = triples(words);
            long repeated = triples.stream().filter(t -> story.holds(around, t)).count();
            if (repeated >= SHARED_TRIPLES * triples.size()) {
                doomed.add(box);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The box's text without its attribution (a {@code <cite>}: "Jane Roe, housing chair"), which the story words otherwise. */
    private static String quotedText(Element box) {
        if (box.getElementsByTag("cite").isEmpty()) {
            return box.text();
        }
        Element copy = box.clone();
        copy.getElementsByTag("cite").remove();
        return copy.text();
    }

    /**
     * The page's paragraphs outside quote boxes, gathered in one walk, in page order, so that the
     * paragraphs under any element are a run of them: where each element's run starts and how long
     * it is, and (only when a box is to be judged) which paragraphs hold each word triple. One walk,
     * not one per box: a page of thousands of boxes, or of boxes nested hundreds deep, must not walk
     * its tree once for each.
     */
    private static final class Story implements NodeVisitor {
        final List<Element> boxes = new ArrayList<>();
        private final List<Element> paragraphs = new ArrayList<>();
        private final Map<Element, Integer> firstParagraph = new IdentityHashMap<>();
        private final Map<Element, Integer> paragraphsHeld = new IdentityHashMap<>();
        private final Deque<Element> openBoxes = new ArrayDeque<>();
        private Element openParagraph;
        private Map<String, List<Integer>> paragraphsOfTriple;

        static Story of(Element body) {
            Story story = new Story();
            NodeTraversor.traverse(story, body);
            return story;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element el) || openParagraph != null) {
                return; // what a paragraph holds (a box behind a table or an object) is its own text
            }
            firstParagraph.put(el, paragraphs.size());
            if (isQuoteBox(el)) {
                boxes.add(el);
                openBoxes.push(el);
            } else if (openBoxes.isEmpty() && el.normalName().equals("p")) {
                openParagraph = el;
                paragraphs.add(el);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element el) || openParagraph != null && openParagraph != el) {
                return;
            }
            if (openParagraph == el) {
                openParagraph = null;
            }
            if (openBoxes.peek() == el) {
                openBoxes.pop();
            }
            int held = paragraphs.size() - firstParagraph.get(el);
            paragraphsHeld.put(el, held);
        }

        /** The nearest ancestor up to {@link #LEVELS_UP} levels up with two or more paragraphs, or null: the story the box sits in. */
        Element paragraphsAround(Element box) {
            Element a = box.parent();
            for (int level = 0; level < LEVELS_UP && a != null; level++, a = a.parent()) {
                if (paragraphsHeld.getOrDefault(a, 0) >= MIN_STORY_PARAGRAPHS) {
                    return a;
                }
            }
            return null;
        }

        /** Whether a paragraph under {@code story} holds the word triple. */
        boolean holds(Element story, String triple) {
            List<Integer> at = index().get(triple);
            if (at == null) {
                return false;
            }
            int from = firstParagraph.get(story);
            int to = from + paragraphsHeld.get(story);
            int i = java.util.Collections.binarySearch(at, from);
            int next = i >= 0 ? i : -i - 1;
            return next < at.size() && at.get(next) < to;
        }

        private Map<String, List<Integer>> index() {
            if (paragraphsOfTriple == null) {
                paragraphsOfTriple = new HashMap<>();
                for (int i = 0; i < paragraphs.size(); i++) {
                    for (String triple : triples(Tokens.words(paragraphs.get(i).text()))) {
                        List<Integer> at = paragraphsOfTriple.computeIfAbsent(triple, k -> new ArrayList<>());
                        if (at.isEmpty() || at.get(at.size() - 1) != i) {
                            at.add(i);
                        }
                    }
                }
            }
            return paragraphsOfTriple;
        }
    }

    private static boolean isQuoteBox(Element box) {
        String tag = box.normalName();
        if (tag.equals("blockquote") || tag.equals("figure")) {
            return true;
        }
        if (!BOX_TAGS.contains(tag) || box.className().isEmpty()) {
            return false; // only blocks: a quote marked up inside a paragraph (a span) is the story's own sentence
        }
        for (String name : box.className().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (name.equals("quote") || name.endsWith("-quote") || name.endsWith("_quote")
                    || PULL_QUOTE_CLASSES.stream().anyMatch(name::contains)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> triples(List<String> words) {
        List<String> out = new ArrayList<>(Math.max(0, words.size() - 2));
        for (int i = 0; i + 2 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return out;
    }
}

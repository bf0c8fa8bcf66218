package dev.newsstream.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
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
 * of 8 to 60 words, set among the story's paragraphs, at least 70% of whose word triples the
 * page's paragraphs outside such boxes already hold; a quoted letter or post is text the story
 * does not repeat, and stays. Page text has no such mark: there a repeated line may as well be a
 * caption or a standfirst that the story's own paragraph repeats.
 */
final class PullQuotes {
    private PullQuotes() {}

    /** Blocks that may be a quote box by their class name. */
    private static final Set<String> BOX_TAGS = Set.of("div", "p", "section");
    /** Class names that say a box holds a quote; "pull-left" and "pull-right" only float a box. */
    private static final List<String> QUOTE_CLASSES = List.of("pullquote", "pull-quote", "pull_quote", "quote");
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
            if (!story.hasParagraphsAround(box)) {
                continue;
            }
            String text = box.text();
            int count = Tokens.wordCount(text);
            if (count < MIN_WORDS || count > MAX_WORDS) {
                continue;
            }
            List<String> triples = triples(Tokens.words(text));
            Set<String> known = story.triples();
            long repeated = triples.stream().filter(known::contains).count();
            if (repeated >= SHARED_TRIPLES * triples.size()) {
                doomed.add(box);
            }
        }
        doomed.forEach(Element::remove);
    }

    /**
     * The page's paragraphs outside quote boxes, gathered in one walk: their word triples, and how
     * many of them each element holds. One walk, not one per box: a page of thousands of boxes, or
     * of boxes nested hundreds deep, must not walk its tree once for each.
     */
    private static final class Story implements NodeVisitor {
        final List<Element> boxes = new ArrayList<>();
        private final List<Element> storyParagraphs = new ArrayList<>();
        private Set<String> triples;
        private final Map<Element, Integer> paragraphsHeld = new IdentityHashMap<>();
        private final Deque<Element> openBoxes = new ArrayDeque<>();

        static Story of(Element body) {
            Story story = new Story();
            NodeTraversor.traverse(story, body);
            return story;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            if (isQuoteBox(el)) {
                boxes.add(el);
                openBoxes.push(el);
            } else if (openBoxes.isEmpty() && el.normalName().equals("p")) {
                paragraphsHeld.put(el, 1);
                storyParagraphs.add(el);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            if (openBoxes.peek() == el) {
                openBoxes.pop();
            }
            Integer held = paragraphsHeld.get(el);
            if (held != null && el.parent() != null) {
                paragraphsHeld.merge(el.parent(), held, Integer::sum);
            }
        }

        /** Word triples of the paragraphs, each paragraph on its own; gathered only for a page that has a box to judge. */
        Set<String> triples() {
            if (triples == null) {
                triples = new HashSet<>();
                for (Element p : storyParagraphs) {
                    triples.addAll(PullQuotes.triples(Tokens.words(p.text())));
                }
            }
            return triples;
        }

        /** A story around the box: an ancestor up to {@link #LEVELS_UP} levels up holds two or more of its paragraphs. */
        boolean hasParagraphsAround(Element box) {
            Element a = box.parent();
            for (int level = 0; level < LEVELS_UP && a != null; level++, a = a.parent()) {
                if (paragraphsHeld.getOrDefault(a, 0) >= MIN_STORY_PARAGRAPHS) {
                    return true;
                }
            }
            return false;
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
            for (String part : QUOTE_CLASSES) {
                if (name.equals(part) || name.contains(part) && part.startsWith("pull")
                        || name.endsWith("-" + part) || name.endsWith("_" + part)) {
                    return true;
                }
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

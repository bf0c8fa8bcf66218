package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A pull quote sets a line of the story again in large type beside it. Kept, the line is in the
 * text twice and the quote stage reports its quote twice, once without a speaker. In HTML it is a
 * box of its own (a blockquote, a figure, or a block whose class names a pull quote or a quote)
 * of 8 to 60 words, at least 70% of whose word triples the story's paragraphs around it already
 * hold; a quoted letter or post is text the story does not repeat, and stays. Page text has no
 * such mark: there a repeated line may as well be a caption or a standfirst that the story's own
 * paragraph repeats.
 */
final class PullQuotes {
    private PullQuotes() {}

    private static final Evaluator BOXES = QueryParser.parse("blockquote, figure, div, p, section");
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
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
        Map<Element, Set<String>> storyTriples = new IdentityHashMap<>();
        List<Element> doomed = new ArrayList<>();
        for (Element box : body.select(BOXES)) {
            if (!isQuoteBox(box)) {
                continue; // only blocks: a quote marked up inside a paragraph (a span) is the story's own sentence
            }
            String text = box.text();
            int count = Tokens.wordCount(text);
            if (count < MIN_WORDS || count > MAX_WORDS) {
                continue;
            }
            Element story = storyAround(box);
            if (story == null) {
                continue;
            }
            Set<String> known = storyTriples.computeIfAbsent(story, PullQuotes::triplesOfStory);
            List<String> triples = triples(Tokens.words(text));
            long repeated = triples.stream().filter(known::contains).count();
            if (repeated >= SHARED_TRIPLES * triples.size()) {
                doomed.add(box);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isQuoteBox(Element box) {
        String tag = box.normalName();
        if (tag.equals("blockquote") || tag.equals("figure")) {
            return true;
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

    /** The nearest ancestor, up to {@link #LEVELS_UP} levels, with two or more story paragraphs. */
    private static Element storyAround(Element box) {
        Element a = box.parent();
        for (int level = 0; level < LEVELS_UP && a != null; level++, a = a.parent()) {
            int paragraphs = 0;
            for (Element p : a.select(PARAGRAPHS)) {
                paragraphs += storyParagraph(p, a) ? 1 : 0;
            }
            if (paragraphs >= MIN_STORY_PARAGRAPHS) {
                return a;
            }
        }
        return null;
    }

    /** Word triples of the story's paragraphs, each paragraph on its own. */
    private static Set<String> triplesOfStory(Element story) {
        Set<String> out = new HashSet<>();
        for (Element p : story.select(PARAGRAPHS)) {
            if (storyParagraph(p, story)) {
                out.addAll(triples(Tokens.words(p.text())));
            }
        }
        return out;
    }

    /** A paragraph set in a quote box inside the story is not the story's: a pull quote's own words must not vouch for it. */
    private static boolean storyParagraph(Element p, Element story) {
        for (Element a = p; a != null && a != story; a = a.parent()) {
            if (isQuoteBox(a)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> triples(List<String> words) {
        List<String> out = new ArrayList<>(Math.max(0, words.size() - 2));
        for (int i = 0; i + 2 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return out;
    }
}

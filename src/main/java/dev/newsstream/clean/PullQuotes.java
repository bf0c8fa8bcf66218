package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A pull quote sets a line of the story again in large type beside it. Kept, the line is in the
 * text twice and the quote stage reports its quote twice, once without a speaker. In HTML it is a
 * blockquote, a figure or a box named for a quote whose words the paragraphs around it already
 * hold; a quoted letter or post is text the story does not repeat, and stays. Page text has no such mark: there a repeated
 * line may as well be a caption or a standfirst that the story's own paragraph repeats.
 */
final class PullQuotes {
    private PullQuotes() {}

    private static final Evaluator CANDIDATES = QueryParser.parse("blockquote, figure, [class*=quote], [class*=pull]");
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
    /** A shorter box is a label or a one-line quote, too short to tell a repeat from a coincidence. */
    private static final int MIN_WORDS = 8;
    /** A longer box is a quoted document, not a line lifted from the story. */
    private static final int MAX_WORDS = 60;
    /** Editors trim a pull quote ("…") and drop a word or two, so the match is of word triples, not the string. */
    private static final double SHARED_TRIPLES = 0.7;
    /** How far up from the box its story's paragraphs are looked for. */
    private static final int LEVELS_UP = 3;
    /** Fewest paragraphs outside the box that make the story around it. */
    private static final int MIN_STORY_PARAGRAPHS = 2;

    static void remove(Element body) {
        if (body == null) {
            return;
        }
        Map<Element, Set<String>> storyTriples = new IdentityHashMap<>();
        List<Element> doomed = new ArrayList<>();
        for (Element box : body.select(CANDIDATES)) {
            List<String> words = Tokens.words(box.text());
            if (words.size() < MIN_WORDS || words.size() > MAX_WORDS) {
                continue;
            }
            Element story = storyAround(box);
            if (story == null) {
                continue;
            }
            Set<String> known = storyTriples.computeIfAbsent(story, PullQuotes::triplesOfParagraphs);
            List<String> triples = triples(words);
            long repeated = triples.stream().filter(known::contains).count();
            if (repeated >= SHARED_TRIPLES * triples.size()) {
                doomed.add(box);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The nearest ancestor holding a few paragraphs outside the box. */
    private static Element storyAround(Element box) {
        Element a = box.parent();
        for (int level = 0; level < LEVELS_UP && a != null; level++, a = a.parent()) {
            int outside = 0;
            for (Element p : a.select(PARAGRAPHS)) {
                outside += inside(p, box) ? 0 : 1;
            }
            if (outside >= MIN_STORY_PARAGRAPHS) {
                return a;
            }
        }
        return null;
    }

    /**
     * Word triples of the story's paragraphs, each paragraph on its own, leaving out paragraphs set
     * in a box inside the story: a pull quote's own words must not vouch for it.
     */
    private static Set<String> triplesOfParagraphs(Element story) {
        Set<String> out = new HashSet<>();
        for (Element p : story.select(PARAGRAPHS)) {
            Element box = p.closest(CANDIDATES);
            if (box == null || box == story || !inside(box, story)) {
                out.addAll(triples(Tokens.words(p.text())));
            }
        }
        return out;
    }

    private static boolean inside(Element e, Element box) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == box) {
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

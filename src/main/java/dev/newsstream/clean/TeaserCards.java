package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Teaser cards in HTML: a small box with another article's headline and blurb and a "Read more"
 * link. A page of them beside a short story outscores the story on text alone. A lone such link
 * is the article's own continuation or paywall cut, so cards count only when the page has two or
 * more (as {@link PageTextExtractor} demotes them in page text), and never when they would take
 * all the page's prose with them.
 */
final class TeaserCards {
    private TeaserCards() {}

    /** A cheaper bound checked before the label test: six words of a label fit in this many characters. */
    private static final int MAX_LABEL_CHARS = 80;
    /** A card's blurb is a paragraph or three; a box with more is the article or a listing of its own. */
    private static final int MAX_CARD_PARAGRAPHS = 3;
    /** And it is short: more words than this is a story, whatever link ends it. */
    private static final int MAX_CARD_WORDS = 150;
    /** A link of this many words other than the label is the card's headline. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** How far above its label a card's box may start. */
    private static final int LEVELS_UP = 4;
    /** Labels looked at on one page: bounds the work on a hostile page of thousands of links. */
    private static final int MAX_LABELS = 60;
    /** Parsed once: a query string would be parsed again for every box. */
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5");
    /** Paragraph words the page must keep outside the cards, or the cards were the page's text. */
    private static final int MIN_WORDS_LEFT = 20;

    static void remove(Element body, Lexicon lex) {
        if (body == null) {
            return;
        }
        // Every label once, in page order: the card tests below ask of a box's links and siblings.
        List<Element> inOrder = new ArrayList<>();
        for (Element link : body.getElementsByTag("a")) {
            if (isLabel(link, lex)) {
                inOrder.add(link);
            }
        }
        Set<Element> labels = identitySet();
        labels.addAll(inOrder);
        List<Element> cards = new ArrayList<>();
        Set<Element> inCards = identitySet();
        Map<Element, Boolean> runningText = new IdentityHashMap<>();
        int looked = 0;
        for (Element link : inOrder) {
            if (++looked > MAX_LABELS) {
                break;
            }
            Element card = cardAround(link, body, labels, runningText);
            if (card == null || inCards.contains(card) || card.parents().stream().anyMatch(inCards::contains)) {
                continue;
            }
            // A box around an earlier card is a container of cards, or the story beside one: not a card.
            if (cards.stream().noneMatch(c -> c.parents().contains(card))) {
                cards.add(card);
                inCards.add(card);
            }
        }
        if (cards.size() >= 2 && paragraphWordsOutside(body, inCards) >= MIN_WORDS_LEFT) {
            cards.forEach(Element::remove);
        }
    }

    private static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static int paragraphWordsOutside(Element body, Set<Element> cards) {
        int[] words = new int[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (cards.contains(node)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && t.parent() != null && t.parent().normalName().equals("p")) {
                    words[0] += Tokens.wordCount(t.text());
                }
                return words[0] >= MIN_WORDS_LEFT ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, body);
        return words[0];
    }

    private static boolean isLabel(Element link, Lexicon lex) {
        String text = link.text();
        if (text.isEmpty() || text.length() > MAX_LABEL_CHARS) {
            return false;
        }
        return LineClassifier.teaserLabel(lex, text, Tokens.words(text), Tokens.wordCount(text));
    }

    /**
     * The nearest box above the label that holds a paragraph, when it is a card: small, headed by a
     * heading or a headline link, with no page headline in it, and set apart from running text (a
     * story paragraph, or a paragraph's box among the story's boxes, that ends with a "Read more"
     * link to a source is the story's); null otherwise.
     */
    private static Element cardAround(Element link, Element body, Set<Element> labels, Map<Element, Boolean> runningText) {
        Element box = link.parent();
        for (int level = 0; box != null && box != body && level < LEVELS_UP; level++, box = box.parent()) {
            int[] size = size(box);
            if (size[0] == 0 && size[1] <= MAX_CARD_WORDS) {
                continue;
            }
            boolean small = size[0] <= MAX_CARD_PARAGRAPHS && size[1] <= MAX_CARD_WORDS;
            if (!small || !headed(box, link, labels) || box.parent() == null) {
                return null;
            }
            return runningText.computeIfAbsent(box.parent(), parent -> amongRunningText(parent, labels)) ? null : box;
        }
        return null;
    }

    /** Paragraphs and words of the box, counted only up to just past the card limits. */
    private static int[] size(Element box) {
        int[] size = new int[2];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("p")) {
                    size[0]++;
                } else if (node instanceof TextNode t) {
                    size[1] += Tokens.wordCount(t.text());
                }
                return size[0] > MAX_CARD_PARAGRAPHS || size[1] > MAX_CARD_WORDS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, box);
        return size;
    }

    private static boolean headed(Element box, Element label, Set<Element> labels) {
        if (!box.getElementsByTag("h1").isEmpty()) {
            return false;
        }
        for (Element heading : box.select(HEADINGS)) {
            if (!heading.getElementsByTag("a").contains(label) && Tokens.wordCount(heading.text()) > 0) {
                return true;
            }
        }
        for (Element a : box.getElementsByTag("a")) {
            if (!labels.contains(a) && Tokens.wordCount(a.text()) >= MIN_HEADLINE_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two or more of the parent's children hold paragraphs that no label closes: a box among them is
     * one of the story's. Asked once per parent, whatever the number of cards under it.
     */
    private static boolean amongRunningText(Element parent, Set<Element> labels) {
        int prose = 0;
        for (Element child : parent.children()) {
            boolean paragraph = child.normalName().equals("p") || !child.getElementsByTag("p").isEmpty();
            prose += paragraph && child.getElementsByTag("a").stream().noneMatch(labels::contains) ? 1 : 0;
            if (prose >= 2) {
                return true;
            }
        }
        return false;
    }
}

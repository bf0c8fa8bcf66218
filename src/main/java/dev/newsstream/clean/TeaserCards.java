package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Teaser cards in HTML: a small box of another article's blurb closed by a "Read more" link. A
 * page of them beside a short story outscores the story on text alone. A lone such link is the
 * article's own continuation or paywall cut, so cards count only when the page has two or more
 * (as {@link PageTextExtractor} demotes them in page text).
 */
final class TeaserCards {
    private TeaserCards() {}

    /** Most words of a teaser label; "Read the rest of this entry" is six. */
    private static final int MAX_LABEL_WORDS = 6;
    /** A card's blurb is a paragraph or three; a box with more is the article or a listing of its own. */
    private static final int MAX_CARD_PARAGRAPHS = 3;
    /** And it is short: more words than this is a story, whatever link ends it. */
    private static final int MAX_CARD_WORDS = 150;
    /** How far above its label a card's box may start. */
    private static final int LEVELS_UP = 4;
    /** Labels looked at on one page: bounds the work on a hostile page of thousands of links. */
    private static final int MAX_LABELS = 60;

    static void remove(Element body, Lexicon lex) {
        if (body == null) {
            return;
        }
        List<Element> cards = new ArrayList<>();
        int labels = 0;
        for (Element link : body.getElementsByTag("a")) {
            List<String> words = Tokens.words(link.text());
            if (words.isEmpty() || words.size() > MAX_LABEL_WORDS || lex.teaser.longestMatch(words) == 0) {
                continue;
            }
            if (++labels > MAX_LABELS) {
                break;
            }
            Element card = cardAround(link, body);
            if (card != null && cards.stream().noneMatch(c -> c == card || card.parents().contains(c))) {
                cards.add(card);
            }
        }
        if (cards.size() >= 2) {
            cards.forEach(Element::remove);
        }
    }

    /**
     * The nearest box above the label that holds a paragraph, when it is card-sized and set apart
     * from running text (a paragraph among the story's paragraphs that ends in a "Read more" link
     * to a source is the story's); null otherwise.
     */
    private static Element cardAround(Element link, Element body) {
        Element box = link.parent();
        for (int level = 0; box != null && box != body && level < LEVELS_UP; level++, box = box.parent()) {
            int paragraphs = box.getElementsByTag("p").size();
            if (paragraphs > 0) {
                boolean small = paragraphs <= MAX_CARD_PARAGRAPHS && Tokens.wordCount(box.text()) <= MAX_CARD_WORDS;
                boolean amongParagraphs = box.siblingElements().stream().filter(e -> e.normalName().equals("p")).count() >= 2;
                return small && !amongParagraphs ? box : null;
            }
        }
        return null;
    }
}

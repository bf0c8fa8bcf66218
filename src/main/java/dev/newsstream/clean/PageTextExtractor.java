package dev.newsstream.clean;

import dev.newsstream.clean.LineClassifier.Kind;
import dev.newsstream.clean.LineClassifier.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Main text of page text (what copying a rendered page gives): one line is one paragraph. Lines
 * are classified, the main article is the best-scoring contiguous run of lines (body text counts
 * for it, furniture against it), and inside that run jusText-style neighbour rules decide the
 * short and borderline lines: a short line between two body paragraphs is a subhead and stays.
 * A page with no furniture evidence at all is taken to be clean article text and kept whole.
 */
final class PageTextExtractor {
    /** Longest run of short lines kept as in-article subheads. */
    private static final int MAX_SUBHEAD_RUN = 2;
    /** A section heading repeated from the article's table of contents: its length, and how many a contents lists. */
    private static final int MAX_ECHOED_SUBHEAD_WORDS = 15;
    private static final int MIN_ECHOED_SUBHEADS = 3;
    /** Longest teaser blurb: an excerpt of a few sentences. */
    private static final int MAX_CARD_BLURB_WORDS = 60;
    /** Most snippet lines a teaser card has before its "read more" label. */
    private static final int MAX_TEASER_SNIPPET = 3;
    /** Body paragraphs shorter than this are judged by their neighbours too. */
    private static final int SHORT_PARAGRAPH = 20;
    /** Longest furniture line (inline link, credit) a subhead may follow inside the article. */
    private static final int MAX_INSERT_WORDS = 15;
    /** Shortest such insert: a bare label of one to three words announces a teaser on the next line. */
    private static final int MIN_INSERT_WORDS = 4;
    /** Longest label heading one section of a list ("Pros:", "What you need:"). */
    private static final int MAX_SECTION_LABEL_WORDS = 3;
    /** Fewest words of a short sentence announcing a list; labels ("See also:", "Share this article:") are shorter. */
    private static final int MIN_ANNOUNCE_WORDS = 8;
    /** Fewest items of a list announced at the article's end; one line under a colon is a teaser under a label. */
    private static final int MIN_ANNOUNCED_ITEMS = 2;
    /** Most items of such a list; a longer run of short lines is the page's next box. */
    private static final int MAX_ANNOUNCED_LIST = 15;
    /** Fewest words of such an item; a word or two under a list is the page's next label ("Tags", "Share"). */
    private static final int MIN_ITEM_WORDS = 3;
    /** Most label lines (date, kicker, byline) between a known headline and the body. */
    private static final int MAX_HEADER_LABELS = 3;

    /** Score of a short list item, code line or table row: half the cost of a short label. */
    private static final double SHAPED_SHORT_SCORE = -0.5;

    /**
     * A gap that ends the article: a box of several lines, several of them furniture. Embeds
     * (a few tweets, a video) between two runs of the article's own text make a shorter gap.
     */
    private static final int GAP_HARD_LINES = 3;
    private static final int GAP_MIN_LINES = 6;
    /** Share of the main block's body text that a block behind such a gap needs to stay. */
    private static final double TAIL_SHARE = 0.35;

    /** Body words before a copyright footer that make it the end of the article. */
    private static final int MIN_BODY_BEFORE_FOOTER = 150;

    /** How far after a short first line a second headline shows it to be a site's tagline. */
    private static final int TAGLINE_LOOKAHEAD = 3;

    /** Fewest words of a standfirst; shorter lines under a headline are labels. */
    private static final int MIN_DECK_WORDS = 8;

    /** The single-page case: no line is known furniture. */
    static final Predicate<String> NO_FURNITURE = line -> false;

    private final LineClassifier classifier = new LineClassifier();
    private final CommentSection comments = new CommentSection();

    Extraction extract(String normalizedText) {
        return extract(normalizedText, NO_FURNITURE);
    }

    Extraction extract(String normalizedText, Predicate<String> knownFurniture) {
        return extractLines(HardWraps.lines(normalizedText), knownFurniture, true);
    }

    Extraction extractLines(List<String> texts) {
        return extractLines(texts, NO_FURNITURE, true);
    }

    /**
     * Lines the source is known to print on every page are taken out before the page is judged, so
     * the rest is classified as if the wrapper had never been there (a clean story stays "clean").
     * {@code headlineInside} is false when the caller already took the headline out of the lines.
     */
    Extraction extractLines(List<String> texts, Predicate<String> knownFurniture, boolean headlineInside) {
        if (knownFurniture != NO_FURNITURE) {
            texts = new ArrayList<>(texts);
            texts.removeIf(knownFurniture);
        }
        if (texts.isEmpty()) {
            return new Extraction(null, null, List.of(), null);
        }
        List<Line> lines = new ArrayList<>(classifier.classify(texts));
        restoreCategoryLinesInTheStory(lines);
        int trailingWidgets = trailingWidgetLabels(lines);
        String byline = null;
        boolean hard = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            hard |= l.hard() && !l.rail() && i < trailingWidgets;
            if (l.byline() && byline == null) {
                byline = stripBylinePrefix(l.text());
            }
        }
        if (!hard && !hasMenuRun(lines)) {
            return keepAll(lines, headlineInside);
        }
        demoteTeasers(lines);
        restoreEchoedSubheads(lines);
        demoteRelatedCards(lines);
        int[] region = bestRegion(lines);
        if (region == null) {
            if (!hard) {
                return keepAll(lines, headlineInside);
            }
            return new Extraction(findTitle(lines, lines.size()), byline, List.of(), null);
        }
        region = mainSegment(lines, region);
        // Labels and decks before the first body paragraph belong to the header, not the article.
        while (region[0] < region[1] && lines.get(region[0]).kind() != Kind.GOOD) {
            region[0]++;
        }
        region[1] = articleEnd(lines, region[0], region[1]);
        while (region[1] > region[0] && lines.get(region[1]).kind() != Kind.GOOD && lines.get(region[1]).kind() != Kind.NEAR) {
            region[1]--;
        }
        int stampEnd = NameAndDate.blockUnder(lines, region[0], region[1]);
        List<String> paragraphs = smooth(lines, region[0], region[1], stampEnd);
        if (paragraphs.isEmpty() && !hard) {
            // Only short lines and no furniture cue: a results table or a list report, not a page shell.
            return keepAll(lines, headlineInside);
        }
        int title = Headline.index(lines, region[0]);
        if (byline == null) {
            byline = stampEnd > region[0] ? NameAndDate.nameIn(lines, region[0] + 1, stampEnd, title)
                    : NameAndDate.nameIn(lines, NameAndDate.blockAbove(lines, region[0], region[1]), region[0] - 1, title);
        }
        ChapterHeadings.restoreFirst(lines, Math.max(region[0], stampEnd), region[1], paragraphs);
        if (title >= 0 && !paragraphs.isEmpty()) {
            paragraphs.addAll(0, deck(lines, title, region[0]));
        }
        int note = editorsNoteBeside(lines, region[0], -1, 0);
        if (note >= 0 && !paragraphs.isEmpty() && !paragraphs.contains(lines.get(note).text())) {
            paragraphs.add(0, lines.get(note).text());
        }
        return new Extraction(title < 0 ? null : Headline.withoutBreadcrumb(lines.get(title).text()), byline, paragraphs, null);
    }

    /**
     * Clean input: the first line is the headline when it looks like one, the rest is body. When the
     * headline was already taken out, short non-sentence lines ahead of the body are its header
     * labels (date, section kicker), while a leading sentence is the body's first paragraph.
     */
    private static Extraction keepAll(List<Line> lines, boolean headlineInside) {
        Line first = lines.get(0);
        boolean headline = headlineInside && lines.size() > 1
                && (first.words() <= 20 || first.words() <= 25 && !LineClassifier.endsLikeSentence(first.text()));
        int start = headline ? 1 : 0;
        while (!headlineInside && start < MAX_HEADER_LABELS && start + 1 < lines.size()
                && lines.get(start).words() <= 12 && !LineClassifier.endsLikeSentence(lines.get(start).text())) {
            start++;
        }
        List<String> body = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            if (!widgetLabel(lines.get(i))) {
                body.add(lines.get(i).text());
            }
        }
        return new Extraction(headline ? first.text() : null, null, body, null);
    }

    /** A tag list, counter or player label (a classifier's verdict, not yet weighed in its place). */
    private static boolean widgetLabel(Line l) {
        return l.hard() && WidgetLabels.matches(l.text(), l.words());
    }

    /**
     * Where the page's closing run of widget labels starts (its size when there is none). A clean
     * article with only its tags under it is still a clean article, so those are no evidence that
     * the page has furniture; tags above more lines (a blog's previous and next links) are.
     */
    private static int trailingWidgetLabels(List<Line> lines) {
        int from = lines.size();
        while (from > 0 && widgetLabel(lines.get(from - 1))) {
            from--;
        }
        return from;
    }

    /**
     * A category-shaped line with body on both sides, past short lines only, is the story's own (an
     * award's "Category: Best Documentary" over its winner), not the list it is filed under: it goes
     * back to being a short line for the list and subhead rules. A counter or a player's label
     * between paragraphs is still a widget's.
     */
    private static void restoreCategoryLinesInTheStory(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.hard() && WidgetLabels.taxonomy(l.text(), l.words())
                    && bodyBeyondShortLines(lines, i, -1) && bodyBeyondShortLines(lines, i, 1)) {
                lines.set(i, l.asShort());
            }
        }
    }

    private static boolean bodyBeyondShortLines(List<Line> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            Line l = lines.get(k);
            if (l.kind() != Kind.SHORT && !widgetLabel(l)) {
                return isBody(l.kind());
            }
        }
        return false;
    }

    /** Navigation menus: five or more consecutive short lines without digits (tables carry digits). */
    private static boolean hasMenuRun(List<Line> lines) {
        int run = 0;
        for (Line l : lines) {
            boolean menuish = l.kind() == Kind.SHORT && l.words() <= 3 && !Tokens.hasDigit(l.text());
            run = menuish ? run + 1 : 0;
            if (run >= 5) {
                return true;
            }
        }
        return false;
    }

    /**
     * A "read more" label that is not followed by body text closes a teaser card: the snippet
     * lines right before it belong to another article, when the page has several such cards.
     */
    private static void demoteTeasers(List<Line> lines) {
        int labels = 0;
        for (Line l : lines) {
            labels += l.teaserEnd() ? 1 : 0;
        }
        if (labels < 2) {
            // A lone "read more" is a paywall cut or a continuation link of the article itself; cards come in lists.
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).teaserEnd()) {
                continue;
            }
            boolean bodyFollows = i + 1 < lines.size() && lines.get(i + 1).kind() == Kind.GOOD
                    && (lines.get(i + 1).words() >= 20 || i + 2 < lines.size() && lines.get(i + 2).kind() == Kind.GOOD);
            if (bodyFollows) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && (lines.get(j).kind() == Kind.GOOD || lines.get(j).kind() == Kind.NEAR)) {
                j--;
            }
            // A card's snippet is a paragraph or three; a longer run before the label is the article itself.
            if (i - 1 - j > MAX_TEASER_SNIPPET) {
                continue;
            }
            for (int k = j + 1; k < i; k++) {
                lines.set(k, lines.get(k).asFurniture());
            }
        }
    }

    /**
     * Under a label that heads a box of other stories ("Otras noticias"), teaser cards: their
     * blurbs pass for paragraphs, but each stands alone between the cards' headlines and labels,
     * where an article's text runs paragraph after paragraph, and a blurb is an excerpt of a few
     * sentences (a blog engine cuts them at 55 words). Such a stretch, up to the next
     * furniture line, is the box, once a story's worth of body stands above the label (a menu may
     * end on "Trending", and a briefing may open on a "More news" section of headlines and paragraphs).
     */
    private void demoteRelatedCards(List<Line> lines) {
        int bodyWords = 0;
        for (int i = 0; i < lines.size(); i++) {
            bodyWords += isBody(lines.get(i).kind()) ? lines.get(i).words() : 0;
            if (bodyWords < MIN_BODY_BEFORE_FOOTER || !classifier.headsRelatedBox(lines.get(i))) {
                continue;
            }
            int end = i + 1;
            int blurbs = 0;
            int shorts = 0;
            boolean running = false;
            boolean longParagraph = false;
            // A card's byline ("By Jane Roe") is furniture inside the box, not the end of it.
            while (end < lines.size() && (!lines.get(end).hard() || lines.get(end).byline())) {
                boolean body = isBody(lines.get(end).kind());
                boolean prevBody = end > i + 1 && isBody(lines.get(end - 1).kind());
                running |= body && prevBody;
                longParagraph |= body && lines.get(end).words() > MAX_CARD_BLURB_WORDS;
                blurbs += body ? 1 : 0;
                shorts += lines.get(end).kind() == Kind.SHORT ? 1 : 0;
                end++;
            }
            if (running || longParagraph || blurbs < 2 || shorts < blurbs) {
                continue;
            }
            for (int k = i + 1; k < end; k++) {
                lines.set(k, lines.get(k).asFurniture());
            }
            i = end - 1;
        }
    }

    /**
     * Section headings that a table of contents in the article listed are repeats, and repeats
     * count as furniture. They are told by order: three or more repeated lines whose first showings
     * stand one under the other (a line or two apart), under a line announcing them with a colon
     * ("In this guide:"), after the article has begun, and come back in the same order. Such a
     * heading between body paragraphs (the one above perhaps past a short line or two, the one
     * below right after it) is judged as a short line, a subhead. A name or label repeated on every
     * teaser card has one first showing for all its repeats, and so forms no such run; a strip of
     * captions or a rail of headlines whose items come back further down is not announced.
     */
    private static void restoreEchoedSubheads(List<Line> lines) {
        // Most pages repeat no short line that is not furniture: then no line need be lowercased and looked up.
        if (lines.stream().noneMatch(PageTextExtractor::mayEchoAHeading)) {
            return;
        }
        int firstParagraph = 0;
        while (firstParagraph < lines.size() && lines.get(firstParagraph).kind() != Kind.GOOD) {
            firstParagraph++;
        }
        Map<String, Integer> first = new HashMap<>();
        List<int[]> run = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            // Repeats are found as the classifier finds them, whatever the case.
            Integer f = first.putIfAbsent(l.text().toLowerCase(Locale.ROOT), i);
            if (f == null || !mayEchoAHeading(l)) {
                continue;
            }
            int prev = run.isEmpty() ? -1 : run.get(run.size() - 1)[1];
            if (f <= prev || f > prev + 2) {
                restoreSubheads(lines, run, firstParagraph);
                run.clear();
            }
            run.add(new int[] {i, f});
        }
        restoreSubheads(lines, run, firstParagraph);
    }

    /** A repeat the classifier counted against the line though it is no furniture, short enough for a heading. */
    private static boolean mayEchoAHeading(Line l) {
        return l.kind() == Kind.BAD && !l.hard() && l.words() <= MAX_ECHOED_SUBHEAD_WORDS;
    }

    private static void restoreSubheads(List<Line> lines, List<int[]> echoes, int firstParagraph) {
        if (echoes.size() < MIN_ECHOED_SUBHEADS || !announcedContents(lines, echoes, firstParagraph)) {
            return;
        }
        Set<Integer> firstShowings = new HashSet<>();
        echoes.forEach(echo -> firstShowings.add(echo[1]));
        for (int[] echo : echoes) {
            int i = echo[0];
            if (i + 1 >= lines.size() || !isBody(lines.get(i + 1).kind())) {
                continue;
            }
            // The first section's heading comes right under the contents, and perhaps the line announcing them.
            int j = i - 1;
            while (j >= 0 && firstShowings.contains(j)) {
                j--;
            }
            int shortLines = 0;
            while (j >= 0 && shortLines < MAX_SUBHEAD_RUN && lines.get(j).kind() == Kind.SHORT) {
                j--;
                shortLines++;
            }
            if (j >= 0 && isBody(lines.get(j).kind())) {
                lines.set(i, lines.get(i).asShort());
            }
        }
    }

    /** The first showings are short lines under a line ending with a colon, below the article's first paragraph. */
    private static boolean announcedContents(List<Line> lines, List<int[]> echoes, int firstParagraph) {
        int top = echoes.get(0)[1];
        for (int[] echo : echoes) {
            if (lines.get(echo[1]).kind() != Kind.SHORT) {
                return false;
            }
        }
        return top > firstParagraph && lines.get(top - 1).text().endsWith(":");
    }

    private static double score(Line l) {
        return switch (l.kind()) {
            case GOOD -> l.words();
            case NEAR -> 0.5 * l.words();
            // A list item, code line or table row costs less than a menu label, so a long listing inside the article does not split it.
            case SHORT -> LineClassifier.listOrCodeShaped(l.text()) ? SHAPED_SHORT_SCORE : -1.0;
            // an ad slot's label or an inline "read also" link sits inside the story and weighs no more
            // against it than a short line
            case BAD -> LineClassifier.labelInsert(l) && !LineClassifier.captionInsert(l) ? -1.0 : -(4.0 + l.words());
        };
    }

    /** Lines a gallery sets between a caption and the story's next paragraph: its counter, its next caption. */
    private static final int MAX_GALLERY_LINES = 4;

    /**
     * A line's weight where it stands: a photo's caption costs no more than an ad label when the
     * story goes on with a paragraph after it and the gallery's counters; before a teaser's headline
     * it is the end of the story's pictures, and costs in full.
     */
    private static double scoreAt(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (!LineClassifier.captionInsert(l)) {
            return score(l);
        }
        for (int j = i + 1; j < lines.size() && j <= i + MAX_GALLERY_LINES; j++) {
            Line next = lines.get(j);
            if (paragraphSized(next)) {
                return -1.0;
            }
            if (!LineClassifier.captionInsert(next) && !(next.hard() && next.words() <= 2)) {
                break;
            }
        }
        return score(l);
    }

    /** Maximum-sum contiguous run of lines (Kadane); null when no line scores positive. */
    private static int[] bestRegion(List<Line> lines) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double cur = 0;
        int curStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (cur <= 0) {
                cur = 0;
                curStart = i;
            }
            cur += scoreAt(lines, i);
            if (cur > best) {
                best = cur;
                bestStart = curStart;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }


    /**
     * Where the article ends inside the region. An article, then a comment form or a sidebar, then
     * an about-us blurb or a disclaimer all add up to a positive run, but a gap holding several
     * furniture lines separates boxes: after the block with the most body text, a block behind
     * such a gap stays only when it is a sizeable part of the article so far (its text resumed
     * after an inserted box). Blocks before it are kept: a lede set apart by a share bar is common.
     */
    private static int[] mainSegment(List<Line> lines, int[] region) {
        List<int[]> segs = new ArrayList<>();
        List<Double> masses = new ArrayList<>();
        int segStart = region[0];
        double mass = 0;
        int i = region[0];
        while (i <= region[1]) {
            Line l = lines.get(i);
            if (paragraphSized(l)) {
                mass += score(l);
                i++;
                continue;
            }
            int j = i;
            int hard = 0;
            while (j <= region[1] && !paragraphSized(lines.get(j))) {
                hard += lines.get(j).hard() ? 1 : 0;
                j++;
            }
            if (j <= region[1] && hard >= GAP_HARD_LINES && j - i >= GAP_MIN_LINES) {
                segs.add(new int[] {segStart, i - 1});
                masses.add(mass);
                segStart = j;
                mass = 0;
            }
            i = j;
        }
        segs.add(new int[] {segStart, region[1]});
        masses.add(mass);
        int best = 0;
        for (int k = 1; k < segs.size(); k++) {
            best = masses.get(k) > masses.get(best) ? k : best;
        }
        double kept = 0;
        for (int k = 0; k <= best; k++) {
            kept += masses.get(k);
        }
        int hi = best;
        while (hi + 1 < segs.size() && masses.get(hi + 1) >= TAIL_SHARE * kept) {
            hi++;
            kept += masses.get(hi);
        }
        return new int[] {region[0], segs.get(hi)[1]};
    }

    /**
     * Where the article stops before the end of its region: at its readers' comments, whose
     * sentences pass for body text, or at the site's copyright footer once a story's worth of body
     * precedes it (page text keeps the DOM order, so what follows the footer is an overlay, a
     * teaser rail or another page's text). A footer right after a short lede is rather a credit
     * line set in the story.
     */
    private int articleEnd(List<Line> lines, int start, int end) {
        if (start >= end) {
            return end;
        }
        int commentsStart = comments.start(lines, start + 1, end);
        if (commentsStart > 0) {
            end = commentsStart - 1;
        }
        int bodyWords = 0;
        for (int i = start; i <= end; i++) {
            Line l = lines.get(i);
            if (l.hard() && bodyWords >= MIN_BODY_BEFORE_FOOTER && LineClassifier.isRightsFooter(l.text())) {
                return i - 1;
            }
            bodyWords += paragraphSized(l) ? l.words() : 0;
        }
        return end;
    }

    /** Body text for segmenting; a short borderline sentence ("Notify me of new posts.") may be a form label. */
    private static boolean paragraphSized(Line l) {
        return l.kind() == Kind.GOOD || l.kind() == Kind.NEAR && l.words() >= SHORT_PARAGRAPH;
    }

    /** The body lines from {@code start} to {@code end}; lines up to {@code stampEnd} are a byline block, not subheads. */
    private static List<String> smooth(List<Line> lines, int start, int end, int stampEnd) {
        boolean[] keep = listings(lines, start, end);
        for (int i = start; i <= end; i++) {
            Line l = lines.get(i);
            Kind prev = i > start ? bodyKind(lines, keep, neighbour(lines, i, -1, start)) : kindAboveFirstLine(lines, i);
            Kind next = i < end ? bodyKind(lines, keep, neighbour(lines, i, 1, end)) : Kind.BAD;
            keep[i] |= switch (l.kind()) {
                // a tabloid's one-sentence lede opens a run of one-sentence paragraphs; a headline set in
                // title case with a full stop does not
                case GOOD -> l.words() >= SHORT_PARAGRAPH || !gluedToFurniture(prev, next)
                        || i == start && next == Kind.NEAR && !titleCase(l.text()) && !opensInCapitals(lines.get(i + 1).text());
                // A borderline sentence glued to furniture on one side and not to body on the other is part of that box.
                case NEAR -> !gluedToFurniture(prev, next);
                default -> false;
            };
        }
        for (int i = Math.max(start, stampEnd + 1); i <= end; i++) {
            if (lines.get(i).kind() != Kind.SHORT || keep[i]) {
                continue;
            }
            int a = i;
            while (a - 1 >= start && lines.get(a - 1).kind() == Kind.SHORT && !keep[a - 1]) {
                a--;
            }
            int b = i;
            while (b + 1 <= end && lines.get(b + 1).kind() == Kind.SHORT && !keep[b + 1]) {
                b++;
            }
            boolean between = b + 1 <= end && keep[b + 1] && bodyBefore(lines, keep, start, a)
                    || sectionUnderAdLabel(lines, keep, start, a, b, end);
            if (between && b - a + 1 <= MAX_SUBHEAD_RUN) {
                for (int k = a; k <= b; k++) {
                    keep[k] = true;
                }
            }
            i = b;
        }
        for (int i = start; i < end; i++) {
            if (keep[i] && !keep[i + 1]) {
                int note = editorsNoteBeside(lines, i, 1, end);
                if (note > i) {
                    keep[note] = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            if (keep[i]) {
                out.add(lines.get(i).text());
            }
        }
        // A list that ends the article runs up to the furniture after it: a numbered one ("10. ..."),
        // or one a sentence announces with a colon ("Here is what changes for passengers:").
        if (!keep[end]) {
            return out;
        }
        int numbered = end;
        while (numbered + 1 < lines.size() && lines.get(numbered + 1).kind() == Kind.SHORT) {
            numbered++;
        }
        while (numbered > end + MAX_SUBHEAD_RUN && !numberedRun(lines, end + 1, numbered)) {
            numbered--;
        }
        int b = Math.max(numbered > end + MAX_SUBHEAD_RUN ? numbered : end, announcedListEnd(lines, end));
        for (int i = end + 1; i <= b; i++) {
            out.add(lines.get(i).text());
        }
        int note = editorsNoteBeside(lines, b, 1, lines.size() - 1);
        if (note > b) {
            out.add(lines.get(note).text());
        }
        return out;
    }

    /**
     * An editor's note next to line {@code from}, right there or past one short line (an embed's
     * credit below, a date above), going {@code step} (+1 down, -1 up) no further than line
     * {@code bound}: an update or correction ("Correction: An earlier version misspelled a name."),
     * where the story first appeared, a wire story's staff line. It is the story's. -1 when none.
     */
    private static int editorsNoteBeside(List<Line> lines, int from, int step, int bound) {
        for (int k = 1; k <= 2; k++) {
            int i = from + k * step;
            if (i < 0 || i >= lines.size() || (step > 0 ? i > bound : i < bound)) {
                return -1;
            }
            if (LineClassifier.isEditorsNote(lines.get(i).text())) {
                return i;
            }
            if (lines.get(i).kind() != Kind.SHORT) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The last item of a list that a sentence announces after the article's last body line, or
     * {@code end} when there is none. The announcer is that line itself when it ends with a colon, or
     * a short sentence of its own ending with one ("I know it is a lot of figures, so here they are in
     * brief:"), right after it or after a subhead; a label with a colon ("Timetable:", "See also:")
     * is too short to be one. A run too long for a list, or shaped like a rail of other stories'
     * headlines under a sentence of its own ("Here are more stories you might like:"), is the page's
     * next box.
     */
    private static int announcedListEnd(List<Line> lines, int end) {
        int announcer = -1;
        if (lines.get(end).text().endsWith(":")) {
            announcer = end;
        }
        for (int i = end + 1; announcer < 0 && i < lines.size() && i <= end + 1 + MAX_SUBHEAD_RUN; i++) {
            Line l = lines.get(i);
            if (l.kind() != Kind.SHORT) {
                return end;
            }
            announcer = announcesList(l) ? i : -1;
        }
        if (announcer < 0) {
            return end;
        }
        int b = announcer;
        while (b + 1 < lines.size() && listItem(lines.get(b + 1))) {
            b++;
        }
        boolean fits = b - announcer >= MIN_ANNOUNCED_ITEMS && b - announcer <= MAX_ANNOUNCED_LIST;
        boolean rail = announcer > end && HeadlineRails.railShaped(lines.subList(announcer + 1, b + 1));
        return fits && !rail ? b : end;
    }

    /** A sentence of its own announcing a list with a colon; a label ("See also:", "Find this author in:") is shorter. */
    private static boolean announcesList(Line l) {
        return l.text().endsWith(":") && l.words() >= MIN_ANNOUNCE_WORDS;
    }

    /** An item of an announced list: a short line of a few words that is not a date under the article. */
    private static boolean listItem(Line l) {
        return l.kind() == Kind.SHORT && l.words() >= MIN_ITEM_WORDS && !Headline.dateShaped(l.tokens());
    }

    /** Every line an item "n." or "n)" and each number one more than the last: a ranked or step list. */
    private static boolean numberedRun(List<Line> lines, int a, int b) {
        int last = -1;
        for (int k = a; k <= b; k++) {
            String t = lines.get(k).text();
            int n = 0;
            int i = 0;
            while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
                n = n * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == 0 || i + 1 >= t.length() || (t.charAt(i) != '.' && t.charAt(i) != ')') || t.charAt(i + 1) != ' '
                    || (last >= 0 && n != last + 1)) {
                return false;
            }
            last = n;
        }
        return true;
    }

    /**
     * What precedes the article's first line. A headline right above it makes that line the
     * standfirst or lede, which stays even when short, unless another headline follows within a few
     * lines: then it was the tagline under a blog's or section's name. Dates and times are
     * headline-shaped too, so a headline here is one without figures. Anything else is furniture.
     */
    private static Kind kindAboveFirstLine(List<Line> lines, int first) {
        if (first == 0 || !lines.get(first - 1).titleShaped()) {
            return Kind.BAD;
        }
        for (int i = first + 1; i < lines.size() && i <= first + TAGLINE_LOOKAHEAD && lines.get(i).kind() != Kind.GOOD; i++) {
            if (lines.get(i).titleShaped() && !Tokens.hasDigit(lines.get(i).text())) {
                return Kind.BAD;
            }
        }
        return Kind.SHORT;
    }

    /**
     * The neighbour of line {@code i} going {@code step}, past inserts (ad labels, inline "read also"
     * links) when the line is not glued to furniture on its other side: a blurb between a "read
     * also" link and the share bar is the link's, and a caption over its photo's credit right after
     * an ad slot is the picture's.
     */
    private static int neighbour(List<Line> lines, int i, int step, int bound) {
        int past = pastInserts(lines, i + step, step, bound);
        if (past == i + step) {
            return past;
        }
        int other = i - step;
        boolean gluedOtherSide = other >= 0 && other < lines.size() && (boxed(lines.get(other))
                || step < 0 && LineClassifier.isCaptionCredit(lines.get(other).text()));
        return gluedOtherSide ? i + step : past;
    }

    /** Furniture that is no insert: a box's line. */
    private static boolean boxed(Line l) {
        return l.hard() && !LineClassifier.inlineInsert(l);
    }

    /**
     * The neighbour of a line going {@code step} from line {@code from}, past ad labels and inline
     * "read also" links set into the story: those stand in no box, so a short paragraph next to one
     * is not glued to furniture. Stops at {@code bound}, where the line at the bound is taken.
     */
    private static int pastInserts(List<Line> lines, int from, int step, int bound) {
        int i = from;
        while (i != bound && LineClassifier.inlineInsert(lines.get(i))) {
            i += step;
        }
        return i;
    }

    /** A kept listing line counts as body for its neighbours. */
    private static Kind bodyKind(List<Line> lines, boolean[] keep, int i) {
        return keep[i] ? Kind.GOOD : lines.get(i).kind();
    }

    /**
     * Lists, code and tables inside the article: a run of short lines (and of shaped lines that only
     * failed as repeats or for lack of stop words) with body paragraphs on both sides, that is
     * announced by a colon or mostly carries list markers, code punctuation or figures. Menus and
     * link rails are bare words and headlines, and do not sit between two body paragraphs.
     */
    private static boolean[] listings(List<Line> lines, int start, int end) {
        boolean[] keep = new boolean[lines.size()];
        for (int i = start + 1; i < end; i++) {
            if (!listingLine(lines.get(i))) {
                continue;
            }
            int a = i;
            int b = i;
            while (b + 1 < end && listingLine(lines.get(b + 1))) {
                b++;
            }
            i = b;
            Line before = lines.get(a - 1);
            Kind after = lines.get(b + 1).kind();
            boolean closed = isBody(after) || numberedRun(lines, a, b);
            if (!isBody(before.kind()) || !closed || b - a + 1 <= MAX_SUBHEAD_RUN) {
                continue; // short runs are left to the subhead rule
            }
            // "Here are the steps:" announces a list, also as a sentence under a subhead (but a label
            // under a name, "Find this author in:", is no sentence, and a sentence over a rail of
            // headlines is a box's blurb); a bare "See also:" label announces a teaser box.
            Line second = lines.get(a + 1);
            boolean announced = before.text().endsWith(":")
                    || lines.get(a).text().endsWith(":") && lines.get(a).words() >= MIN_INSERT_WORDS
                    || announcesList(second) && !HeadlineRails.railShaped(lines.subList(a + 2, b + 1))
                    || labelledSections(lines, a, b);
            int shaped = 0;
            for (int k = a; k <= b; k++) {
                shaped += listShaped(lines.get(k)) ? 1 : 0;
            }
            if (announced || 2 * shaped >= b - a + 1) {
                for (int k = a; k <= b; k++) {
                    keep[k] = true;
                }
            }
        }
        return keep;
    }

    /**
     * "Pros:" and its items, then "Cons:" and its: a run that opens with a short label ending with a
     * colon and holds two or more such labels, each with an item under it, is a list in sections,
     * announced by its own labels. Boxes of links have labels too ("Related:", "Follow us:"), but
     * theirs are furniture and break the run; one label alone ("Find this author in:") is not enough,
     * nor is a label over a single headline ("Background:" over another story's).
     */
    private static boolean labelledSections(List<Line> lines, int a, int b) {
        if (!sectionLabel(lines.get(a))) {
            return false;
        }
        // a last label heads the body paragraphs under the run ("Ingredients:" and its items, then
        // "Method:" over the steps) when the items above it are a list's, not a box's links
        int labels = sectionLabel(lines.get(b)) && mostlyListShaped(lines, a, b - 1) ? 1 : 0;
        int last = b - labels;
        for (int k = a; k <= last; k++) {
            if (!sectionLabel(lines.get(k))) {
                continue;
            }
            int items = 0;
            while (k + items + 1 <= last && !sectionLabel(lines.get(k + items + 1))) {
                items++;
            }
            if (items == 0) {
                return false;
            }
            labels += items == 1 && headlineShaped(lines.get(k + 1)) ? 0 : 1;
        }
        return labels >= 2;
    }

    /** Half or more of the items (not the labels) in {@code a..b} are shaped like a list's. */
    private static boolean mostlyListShaped(List<Line> lines, int a, int b) {
        int items = 0;
        int shaped = 0;
        for (int k = a; k <= b; k++) {
            if (!sectionLabel(lines.get(k))) {
                items++;
                shaped += listShaped(lines.get(k)) ? 1 : 0;
            }
        }
        return items > 0 && 2 * shaped >= items;
    }

    /** Shaped like a list's item, code or a table's row, or an item that a quantity opens. */
    private static boolean listShaped(Line l) {
        return LineClassifier.listOrCodeShaped(l.text()) || quantityItem(l);
    }

    /** Most words of an item that a quantity opens. */
    private static final int MAX_QUANTITY_ITEM_WORDS = 8;
    /** A figure run into its unit ("450g", "400ml", "1/2"): the item's first word. */
    private static final java.util.regex.Pattern FUSED_QUANTITY = java.util.regex.Pattern.compile("\\d+(?:[.,/]\\d+)?\\p{L}{1,3}");

    /**
     * A short item that a quantity opens: a figure run into its unit ("450g plain flour") or
     * followed by one ("1 tsp salt", "250 g de açúcar"), or a figure and a word or two ("4 eggs").
     * A numbered headline ("10 best beaches in Cornwall") has more words and no unit.
     */
    static boolean quantityItem(Line l) {
        String t = l.text();
        if (l.words() < 2 || l.words() > MAX_QUANTITY_ITEM_WORDS || !Character.isDigit(t.charAt(0))
                || LineClassifier.endsLikeSentence(t)) {
            return false;
        }
        String[] words = t.split("\\s+", 3);
        return l.words() <= 3 || FUSED_QUANTITY.matcher(words[0]).matches()
                || Lexicon.get().quantityUnits.contains(words[1].toLowerCase(java.util.Locale.ROOT));
    }

    /** Five words or more, a capital first, no comma and no figure: a headline rather than an item. */
    private static boolean headlineShaped(Line l) {
        String t = l.text();
        return l.words() >= 5 && Character.isUpperCase(t.charAt(0)) && t.indexOf(',') < 0 && !Tokens.hasDigit(t);
    }

    private static boolean sectionLabel(Line l) {
        return l.words() <= MAX_SECTION_LABEL_WORDS && l.text().endsWith(":");
    }

    private static boolean listingLine(Line l) {
        return l.kind() == Kind.SHORT
                || l.kind() == Kind.BAD && !l.hard() && LineClassifier.listOrCodeShaped(l.text());
    }

    private static boolean isBody(Kind k) {
        return k == Kind.GOOD || k == Kind.NEAR;
    }

    /**
     * Body comes right before line {@code a}, or one short in-article insert (an inline "read also"
     * link with its headline on the same line) sits between: a subhead after such an insert still
     * opens a new section. A bare label ("Related") is too short: the line after it is its teaser.
     * So does a photo's credit line under its kept caption: a picture set between two sections.
     */
    private static boolean bodyBefore(List<Line> lines, boolean[] keep, int start, int a) {
        if (a - 1 >= start && keep[a - 1]) {
            return true;
        }
        if (a - 2 >= start && keep[a - 2] && LineClassifier.isCredit(lines.get(a - 1).text())) {
            return true;
        }
        return a - 2 >= start && keep[a - 2] && lines.get(a - 2).kind() == Kind.GOOD
                && lines.get(a - 1).kind() == Kind.BAD && lines.get(a - 1).words() >= MIN_INSERT_WORDS
                && lines.get(a - 1).words() <= MAX_INSERT_WORDS;
    }

    /**
     * Lines {@code a} to {@code b} stand between body and an ad label above and a section of two
     * body lines below, or a question over one: a subhead after an ad slot. With one line of body
     * under it, a heading that asks nothing is as likely the ad's own over its copy, with the next
     * furniture after. (Any short label in place of the ad label, a live blog's "Share", also kept
     * teaser headlines under "Video" or "Related".)
     */
    private static boolean sectionUnderAdLabel(List<Line> lines, boolean[] keep, int start, int a, int b, int end) {
        // an explainer's question ("Has this happened before?") heads its one-paragraph answer; an ad's heading sells
        return a - 2 >= start && keep[a - 2] && lines.get(a - 1).kind() == Kind.BAD
                && LineClassifier.inlineInsert(lines.get(a - 1)) && b + 1 <= end && keep[b + 1]
                && (b + 2 <= end && keep[b + 2] || a == b && lines.get(a).text().endsWith("?"));
    }

    /** "A BINMAN dragged …": a tabloid's lede under a photo's caption, which is then no lede itself. */
    private static boolean opensInCapitals(String text) {
        String[] words = text.split("\\s+", 3);
        return capitals(words[0]) || words.length > 1 && capitals(words[1]);
    }

    private static boolean capitals(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 3;
    }

    /** Share of a line's longer words (four letters or more) that open with a capital from which it is set in title case. */
    private static final double TITLE_CASE_SHARE = 0.6;

    /** "Council Approves Budget After Long Debate": most longer words capitalised, as no sentence of prose is. */
    static boolean titleCase(String text) {
        int longer = 0;
        int capitalised = 0;
        for (String w : text.split("\\s+")) {
            int letters = 0;
            for (int k = 0; k < w.length(); k++) {
                letters += Character.isLetter(w.charAt(k)) ? 1 : 0;
            }
            if (letters >= 4) {
                longer++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return longer > 0 && capitalised >= TITLE_CASE_SHARE * longer;
    }

    /** Furniture on one side and no body on the other: the line belongs to that furniture box (a promo tagline). */
    private static boolean gluedToFurniture(Kind prev, Kind next) {
        return (prev == Kind.BAD && next != Kind.GOOD) || (next == Kind.BAD && prev != Kind.GOOD);
    }

    private static String findTitle(List<Line> lines, int bodyStart) {
        int i = Headline.firstShaped(lines, bodyStart);
        return i < 0 ? null : Headline.withoutBreadcrumb(lines.get(i).text());
    }

    /**
     * Sentences between the headline and the first body paragraph: a lede set apart by the page
     * layout (a date, a share bar or a stray label in between). Only full sentences count: a
     * standfirst written as a second headline, without a full stop, belongs to the header, and so
     * do labels (dates, kickers, names). A caption is told by the photo credit next to it.
     */
    private static List<String> deck(List<Line> lines, int title, int bodyStart) {
        List<String> out = new ArrayList<>();
        for (int i = title + 1; i < bodyStart; i++) {
            Line l = lines.get(i);
            boolean sentence = (l.kind() == Kind.GOOD || l.kind() == Kind.NEAR) && LineClassifier.endsLikeSentence(l.text());
            boolean caption = i + 1 < lines.size() && LineClassifier.isCaptionCredit(lines.get(i + 1).text())
                    || LineClassifier.isCredit(lines.get(i - 1).text());
            if (!l.hard() && l.words() >= MIN_DECK_WORDS && sentence && !caption) {
                out.add(l.text());
            }
        }
        return out;
    }

    private static String stripBylinePrefix(String s) {
        String t = LineClassifier.withoutBylineLabel(s);
        return t.isBlank() ? null : t.strip();
    }
}

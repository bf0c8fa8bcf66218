package dev.newsstream.clean;

import java.util.regex.Pattern;

/**
 * Lines that a page's widgets print around a story and no writer writes: the list of categories
 * or tags it is filed under ("Category: Politics", "Tags: harbour, ferry"; a value with a letter,
 * so "Category: 3" is a storm's), a counter ("37 views", "1.2K shares") and a video player's label
 * with its running time, opening with the player's verb or noun ("Watch video 02:17", not a
 * schedule's "Music Video Countdown 22:40"). Each must be the whole line, so a sentence that
 * mentions tags, views or a video stays. A player can also set its title and running time on two
 * lines ("Watch: Drone footage of the dam" over "1:24").
 */
final class WidgetLabels {
    /** A tag list runs long; a sentence of this length with a label and a colon is prose. */
    private static final int MAX_WORDS = 20;
    private static final int MAX_PLAYER_WORDS = 6;
    /** A taxonomy label and its colon, in the stop-word languages. */
    private static final Pattern TAXONOMY = Pattern.compile(
            "(?:categor(?:y|ies)|tags?|tagged(?:\\swith)?|filed\\sunder|kategorien?|schlagw(?:ö|o)rter"
                    + "|categor[íi]as?|etiquetas|cat[ée]gories?|[ée]tiquettes|mots[-\\s]cl[ée]s|categori[ae]"
                    + "|kategori[ae]|tagi)\\s?:[^\\p{L}]*\\p{L}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COUNTER = Pattern.compile(
            "^\\d[\\d.,]*\\s?[km]?\\s(?:views?|reads|shares?|likes?|aufrufe|visualizaç(?:ões|ão)|visualizaciones"
                    + "|vues|visualizzazioni|wyświetle(?:ń|nia))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLAYER = Pattern.compile(
            "(?U)^(?i:watch|play|ver|voir|regarder|guarda|assista|zobacz|v[ií]d[eé]o|wideo)\\b.{0,40}\\s\\d{1,2}:\\d{2}(?::\\d{2})?$");

    /** A player's title: its verb or noun and a colon, then what it plays. */
    private static final Pattern PLAYER_TITLE = Pattern.compile(
            "(?U)^(?i:watch|play|listen|ver|voir|regarder|écouter|guarda|ascolta|assista|zobacz|v[ií]d[eé]o|wideo|audio)\\s?:\\s.*");
    private static final Pattern RUNNING_TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    private static final int MAX_PLAYER_TITLE_WORDS = 15;

    private WidgetLabels() {}

    /**
     * Marks a player's title and its running time as furniture where the story goes on under them,
     * so that in a live blog, a post headed "Watch: …" over the next post's time stays; a page of
     * several such pairs is a listing, and stays too.
     */
    static void markPlayers(LineClassifier.Line[] lines) {
        // two or more such pairs are a listing (a critic's picks with their broadcast times), not embeds
        int first = -1;
        for (int i = 1; i + 1 < lines.length; i++) {
            if (player(lines, i)) {
                if (first >= 0) {
                    return;
                }
                first = i;
            }
        }
        if (first > 0) {
            lines[first - 1] = lines[first - 1].asFurniture();
            lines[first] = lines[first].asFurniture();
        }
    }

    private static boolean player(LineClassifier.Line[] lines, int i) {
        LineClassifier.Line title = lines[i - 1];
        return lines[i].text().length() <= 8 && RUNNING_TIME.matcher(lines[i].text()).matches()
                && lines[i + 1].kind() == LineClassifier.Kind.GOOD && title.words() <= MAX_PLAYER_TITLE_WORDS
                && PLAYER_TITLE.matcher(title.text()).matches() && !LineClassifier.endsLikeSentence(title.text());
    }

    static boolean matches(String text, int words) {
        // Every line of a page passes here: the regular expressions run only on the few lines that
        // have a widget's shape (a colon, a leading figure, a closing figure).
        if (words > MAX_WORDS || text.isEmpty()) {
            return false;
        }
        boolean counter = words <= 3 && Character.isDigit(text.charAt(0)) && COUNTER.matcher(text).matches();
        boolean player = !counter && words <= MAX_PLAYER_WORDS
                && Character.isDigit(text.charAt(text.length() - 1)) && PLAYER.matcher(text).matches();
        return (counter || player || taxonomyShaped(text)) && !LineClassifier.endsLikeSentence(text);
    }

    /**
     * A label, a colon and a value: the line that files a story under its categories or tags, and
     * also the shape of an award's "Category: Best Documentary" inside a story.
     */
    static boolean taxonomy(String text, int words) {
        return words <= MAX_WORDS && taxonomyShaped(text) && !LineClassifier.endsLikeSentence(text);
    }

    private static boolean taxonomyShaped(String text) {
        return text.indexOf(':') > 0 && TAXONOMY.matcher(text).lookingAt();
    }
}

package dev.newsstream.clean;

import java.util.regex.Pattern;

/**
 * Lines that a page's widgets print around a story and no writer writes: the list of categories
 * or tags it is filed under ("Category: Politics", "Tags: harbour, ferry"), a counter ("37 views",
 * "1.2K shares") and a video player's label with its running time ("Watch video 02:17"). Each
 * must be the whole line, so a sentence that mentions tags, views or a video stays.
 */
final class WidgetLabels {
    /** A tag list runs long; a sentence of this length with a label and a colon is prose. */
    private static final int MAX_WORDS = 20;
    private static final int MAX_PLAYER_WORDS = 6;
    /** A taxonomy label and its colon, in the stop-word languages. */
    private static final Pattern TAXONOMY = Pattern.compile(
            "(?:categor(?:y|ies)|tags?|tagged(?:\\swith)?|filed\\sunder|topics?|kategorien?|schlagw(?:ö|o)rter"
                    + "|categor[íi]as?|etiquetas|cat[ée]gories?|[ée]tiquettes|mots[-\\s]cl[ée]s|categori[ae]|argomenti"
                    + "|kategori[ae]|tagi)\\s?:\\s*\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COUNTER = Pattern.compile(
            "^\\d[\\d.,]*\\s?[km]?\\s(?:views?|reads|shares?|likes?|aufrufe|visualizaç(?:ões|ão)|visualizaciones"
                    + "|vues|visualizzazioni|wyświetle(?:ń|nia))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLAYER = Pattern.compile(
            "(?U)^.{0,40}\\b(?i:v[ií]d[eé]os?|wideo)\\b.{0,30}\\s\\d{1,2}:\\d{2}(?::\\d{2})?$");

    private WidgetLabels() {}

    static boolean matches(String text, int words) {
        // Every line of a page passes here: the regular expressions run only on the few lines that
        // have a widget's shape (a colon, a leading figure, a closing figure).
        if (words > MAX_WORDS || text.isEmpty()) {
            return false;
        }
        boolean taxonomy = text.indexOf(':') > 0 && TAXONOMY.matcher(text).lookingAt();
        boolean counter = !taxonomy && words <= 3 && Character.isDigit(text.charAt(0)) && COUNTER.matcher(text).matches();
        boolean player = !taxonomy && !counter && words <= MAX_PLAYER_WORDS
                && Character.isDigit(text.charAt(text.length() - 1)) && PLAYER.matcher(text).matches();
        return (taxonomy || counter || player) && !LineClassifier.endsLikeSentence(text);
    }
}

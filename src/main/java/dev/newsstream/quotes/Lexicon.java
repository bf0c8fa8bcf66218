package dev.newsstream.quotes;

import dev.newsstream.lexicon.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists the extractor needs, read once from the package's data files. */
final class Lexicon {
    /** Lower-cased cue verb form -> true when "verb X" may name the speaker X. */
    final Map<String, Boolean> cueVerbs;
    final List<String[]> cuePhrases;
    final Map<String, String> pronouns;
    final Set<String> titles;
    final Set<String> roles;
    final Set<String> elisions;
    final Set<String> npStops;
    final Set<String> cueSkips;
    final Set<String> determiners;
    final Set<String> npPrepositions;
    final Set<String> objectPrepositions;
    final Set<String> nameParticles;
    final Set<String> titleMarkers;
    final Set<String> termLeadIns;
    /** Gendered title -> +1 male, -1 female. */
    final Map<String, Integer> genderWords;

    Lexicon() {
        Map<String, Boolean> cues = new HashMap<>();
        for (String line : lines("cue_verbs.txt")) {
            boolean invertible = !line.endsWith("!noinv");
            for (String w : line.replace("!noinv", "").trim().split("\\s+")) {
                cues.put(w, invertible);
            }
        }
        cueVerbs = Map.copyOf(cues);
        List<String[]> phrases = new ArrayList<>();
        for (String line : lines("cue_phrases.txt")) {
            phrases.add(line.split("\\s+"));
        }
        cuePhrases = List.copyOf(phrases);
        Map<String, String> pr = new HashMap<>();
        for (String line : lines("pronouns.txt")) {
            String[] f = line.split("\\s+");
            pr.put(f[0], f.length > 1 ? f[1] : "");
        }
        pronouns = Map.copyOf(pr);
        titles = words("titles.txt");
        roles = words("roles.txt");
        elisions = words("elisions.txt");
        npStops = words("np_stops.txt");
        cueSkips = words("cue_skips.txt");
        determiners = words("determiners.txt");
        npPrepositions = words("np_prepositions.txt");
        objectPrepositions = words("object_prepositions.txt");
        nameParticles = words("name_particles.txt");
        titleMarkers = words("title_markers.txt");
        termLeadIns = words("term_lead_ins.txt");
        Map<String, Integer> gw = new HashMap<>();
        for (String line : lines("gender_words.txt")) {
            String[] f = line.split("\\s+");
            for (int k = 1; k < f.length; k++) {
                gw.put(f[k], f[0].equals("male") ? 1 : -1);
            }
        }
        genderWords = Map.copyOf(gw);
    }

    private static Set<String> words(String file) {
        return Set.copyOf(WordLists.words(Lexicon.class, file));
    }

    private static List<String> lines(String file) {
        return WordLists.lines(Lexicon.class, file);
    }
}

package dev.newsstream;

import java.util.Random;

/**
 * Invented news prose for robustness tests: each seed gives a different article (distinct names,
 * places and numbers in every sentence), so generated articles are never duplicates of each other.
 */
public final class Prose {
    private static final String[] FIRST = {"Ilsa", "Tomas", "Marit", "Oren", "Calla", "Dario", "Fenna", "Joost",
        "Rhea", "Anselm", "Liesel", "Mateo", "Saskia", "Ivo", "Noor", "Petra", "Bram", "Ysolde"};
    private static final String[] LAST = {"Brandt", "Okafor", "Lindqvist", "Varga", "Moreau", "Halloran", "Sato",
        "Quintero", "Novak", "Ferreira", "Abara", "Kowal", "Esterhuys", "Pellegrini", "Dunmore", "Rask"};
    private static final String[] PLACE = {"Velmora", "Port Halvern", "Karsk", "Tessaly Bay", "Orvik", "Lundmere",
        "Castrel", "New Barrow", "Aldenfeld", "Sorrento Vale", "Kestrel Point", "Marrowby"};
    private static final String[] ORG = {"the Velmora Port Authority", "Halvern Rail", "the Karsk Growers Union",
        "Orvik Energy", "the Lundmere Council", "Castrel Water", "the Aldenfeld Institute", "Barrow Freight"};
    private static final String[] VERB = {"announced", "postponed", "approved", "criticised", "reviewed", "defended",
        "expanded", "questioned", "funded", "delayed", "welcomed", "rejected"};
    private static final String[] THING = {"a harbour upgrade", "the new ferry timetable", "a grain subsidy",
        "the bridge repairs", "a school building plan", "the night bus service", "a flood barrier",
        "the water tariff", "a wind farm lease", "the museum budget", "a housing scheme", "the tram extension"};
    private static final String[] WHEN = {"on Monday", "on Tuesday", "late on Wednesday", "on Thursday morning",
        "on Friday", "over the weekend", "last month", "earlier this week"};

    private Prose() {}

    /** An article of {@code paragraphs} paragraphs (three sentences each), separated by blank lines. */
    public static String article(long seed, int paragraphs) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                sb.append("\n\n");
            }
            for (int s = 0; s < 3; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sb.append(sentence(r));
            }
        }
        return sb.toString();
    }

    /** One sentence of invented news. */
    public static String sentence(Random r) {
        String person = pick(r, FIRST) + " " + pick(r, LAST);
        String org = pick(r, ORG);
        return switch (r.nextInt(4)) {
            case 0 -> person + ", who leads " + pick(r, ORG) + ", " + pick(r, VERB) + " " + pick(r, THING) + " in "
                    + pick(r, PLACE) + " " + pick(r, WHEN) + ", citing costs of " + (1 + r.nextInt(900)) + " million.";
            case 1 -> "Officials in " + pick(r, PLACE) + " " + pick(r, VERB) + " " + pick(r, THING) + " " + pick(r, WHEN)
                    + " after " + (2 + r.nextInt(400)) + " residents wrote to " + pick(r, ORG) + ".";
            case 2 -> "\u201CWe expect " + (3 + r.nextInt(90)) + " crews to work on " + pick(r, THING) + " by spring,\u201D "
                    + person + " said in " + pick(r, PLACE) + ".";
            default -> org.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + org.substring(1)
                    + " " + pick(r, VERB) + " " + pick(r, THING) + " " + pick(r, WHEN) + ", and " + person
                    + " said the vote in " + pick(r, PLACE) + " was " + (50 + r.nextInt(50)) + " to " + r.nextInt(50) + ".";
        };
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}

package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Clusters the mentions of one article into entities: same name in any case or punctuation,
 * known alias groups ("U.S." / "United States"), acronyms by initials, a surname with the
 * full name of a person, a club's closing word ("Rovers") with the one club it closes, and
 * spelling variants one edit apart on long names.
 */
final class Canonicaliser {

    /** One repaired mention; {@code pos} orders mentions over title then text. */
    record Item(EntityType type, String text, int pos) {}

    /** A cluster: its items in input order. */
    record Cluster(List<Item> items, EntityType type, String name) {}

    private static final Map<String, Integer> ALIAS_GROUP = aliasGroups();
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "de", "la", "du", "&");

    /** Mentions a type needs to stand as its own entity when the name also has another type. */
    private static final int MIN_OWN_READING = 1;

    private Canonicaliser() {}

    static List<Cluster> cluster(List<Item> input) {
        List<Item> items = surnamesArePeople(input);
        Map<String, List<Item>> byKey = new LinkedHashMap<>();
        for (Item it : items) {
            byKey.computeIfAbsent(SpanRepair.key(it.text()), k -> new ArrayList<>()).add(it);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, EntityType> keyType = new HashMap<>();
        for (String k : keys) {
            keyType.put(k, majority(byKey.get(k)));
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (same(keys.get(i), keys.get(j), byKey, keyType)) {
                    union(parent, i, j);
                }
            }
        }
        linkSurnames(keys, keyType, parent);
        linkClubShortForms(keys, keyType, parent);
        Map<Integer, List<Item>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).addAll(byKey.get(keys.get(i)));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Item> g : groups.values()) {
            for (List<Item> part : splitByType(g)) {
                part.sort((a, b) -> Integer.compare(a.pos(), b.pos()));
                out.add(new Cluster(List.copyOf(part), majority(part), canonical(part)));
            }
        }
        return out;
    }

    private static boolean same(String a, String b, Map<String, List<Item>> byKey, Map<String, EntityType> keyType) {
        Integer ga = ALIAS_GROUP.get(a);
        if (ga != null && ga.equals(ALIAS_GROUP.get(b))) {
            return true;
        }
        if (acronymOf(a, b, byKey) || acronymOf(b, a, byKey)) {
            return true;
        }
        return keyType.get(a) == keyType.get(b) && spellingVariant(a, b);
    }

    /** {@code shortKey} is written in capitals and spells the initials of {@code longKey}. */
    private static boolean acronymOf(String shortKey, String longKey, Map<String, List<Item>> byKey) {
        if (shortKey.length() < 2 || shortKey.length() > 6 || shortKey.indexOf(' ') >= 0 || longKey.indexOf(' ') < 0) {
            return false;
        }
        boolean caps = false;
        for (Item it : byKey.get(shortKey)) {
            String letters = it.text().replace(".", "");
            caps |= letters.equals(letters.toUpperCase(Locale.ROOT));
        }
        if (!caps) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : longKey.split("[ \\-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            all.append(w.charAt(0));
            if (!MINOR_WORDS.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return shortKey.contentEquals(initials) || shortKey.contentEquals(all);
    }

    /** Long names one edit apart, e.g. a doubled or dropped letter in a transliteration. */
    static boolean spellingVariant(String a, String b) {
        if (Math.min(a.length(), b.length()) < 6 || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return editDistance(a, b) <= 1;
    }

    /**
     * A single word that is the surname of exactly one full-named person in the article is that
     * person, whatever type the engine gave it out of context ("Washington", "Jordan", "King").
     */
    private static List<Item> surnamesArePeople(List<Item> items) {
        Map<String, String> surnameToFull = new HashMap<>();
        for (Item it : items) {
            String k = SpanRepair.key(it.text());
            int sp = k.lastIndexOf(' ');
            if (it.type() == EntityType.PERSON && sp > 0) {
                String last = k.substring(sp + 1);
                String prev = surnameToFull.putIfAbsent(last, k);
                if (prev != null && !prev.equals(k)) {
                    surnameToFull.put(last, "");
                }
            }
        }
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            String full = surnameToFull.get(SpanRepair.key(it.text()));
            boolean retype = it.type() != EntityType.PERSON && full != null && !full.isEmpty();
            out.add(retype ? new Item(EntityType.PERSON, it.text(), it.pos()) : it);
        }
        return out;
    }

    /**
     * A one-word person mention joins the only multi-word person whose last word it is (or
     * nearly is); with two such people the surname is ambiguous and stays alone.
     */
    private static void linkSurnames(List<String> keys, Map<String, EntityType> keyType, int[] parent) {
        linkToTheOnlyFullName(keys, keyType, parent, EntityType.PERSON, k -> true,
                (last, k) -> last.equals(k) || spellingVariant(last, k));
    }

    /**
     * A club called by the word that closes its name ("Rovers" for "Castlemere Rovers", "United",
     * "Albion") is that club, when exactly one club of the article ends with the word. Only club
     * words: an institution's head noun alone ("House", "Senate") often names another body.
     */
    private static void linkClubShortForms(List<String> keys, Map<String, EntityType> keyType, int[] parent) {
        linkToTheOnlyFullName(keys, keyType, parent, EntityType.ORGANIZATION, OrganisationRules::isClubCloser, String::equals);
    }

    /**
     * Joins each one-word key of {@code type} that {@code shortForm} accepts to the multi-word key
     * of that type whose last word {@code closes} it, when all such keys are one entity already;
     * with two entities to choose from, the word is ambiguous and stays alone.
     */
    private static void linkToTheOnlyFullName(List<String> keys, Map<String, EntityType> keyType, int[] parent,
                                              EntityType type, Predicate<String> shortForm, BiPredicate<String, String> closes) {
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.indexOf(' ') >= 0 || keyType.get(k) != type || !shortForm.test(k)) {
                continue;
            }
            int match = -1;
            boolean ambiguous = false;
            for (int j = 0; j < keys.size(); j++) {
                String full = keys.get(j);
                if (j == i || full.indexOf(' ') < 0 || keyType.get(full) != type) {
                    continue;
                }
                if (closes.test(full.substring(full.lastIndexOf(' ') + 1), k)) {
                    if (match >= 0 && find(parent, match) != find(parent, j)) {
                        ambiguous = true;
                    }
                    match = j;
                }
            }
            if (match >= 0 && !ambiguous) {
                union(parent, i, match);
            }
        }
    }

    /**
     * A name used repeatedly with two types is two entities (a city and its team, a capital
     * and its government); a stray minority reading is the engine's error and is outvoted.
     */
    private static List<List<Item>> splitByType(List<Item> items) {
        Map<EntityType, List<Item>> byType = new EnumMap<>(EntityType.class);
        for (Item it : items) {
            byType.computeIfAbsent(it.type(), t -> new ArrayList<>()).add(it);
        }
        List<List<Item>> strong = new ArrayList<>();
        List<Item> weak = new ArrayList<>();
        for (Map.Entry<EntityType, List<Item>> e : byType.entrySet()) {
            List<Item> part = e.getValue();
            // Only the place/institution ambiguity (a city and its team, a capital and its
            // government) makes two entities of one name; a stray person or MISC reading
            // ("Moscow-based") is the engine's error and is outvoted.
            boolean other = byType.size() > 1 && e.getKey() != EntityType.ORGANIZATION && e.getKey() != EntityType.LOCATION;
            if (!other && part.size() >= MIN_OWN_READING && part.size() * 3 >= items.size()) {
                strong.add(new ArrayList<>(part));
            } else {
                weak.addAll(part);
            }
        }
        if (strong.size() <= 1) {
            return List.of(new ArrayList<>(items));
        }
        // Weak readings join the strong group that shares their name, else the largest.
        List<Item> largest = strong.get(0);
        Map<String, List<Item>> homeByKey = new HashMap<>();
        for (List<Item> s : strong) {
            if (s.size() > largest.size()) {
                largest = s;
            }
            for (Item x : s) {
                homeByKey.put(SpanRepair.key(x.text()), s);
            }
        }
        for (Item it : weak) {
            homeByKey.getOrDefault(SpanRepair.key(it.text()), largest).add(it);
        }
        return strong;
    }

    private static EntityType majority(List<Item> items) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Item it : items) {
            votes.merge(it.type(), 1, Integer::sum);
        }
        EntityType fullestType = items.get(0).type();
        int fullest = -1;
        for (Item it : items) {
            int w = weight(it.text());
            if (w > fullest) {
                fullest = w;
                fullestType = it.type();
            }
        }
        EntityType best = fullestType;
        int bestVotes = votes.get(best);
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /** The fullest form: most words, then longest; mixed case beats all capitals; first wins ties. */
    private static String canonical(List<Item> items) {
        Item best = null;
        int bestWeight = -1;
        for (Item it : items) {
            int w = weight(it.text());
            if (w > bestWeight) {
                best = it;
                bestWeight = w;
            }
        }
        return best.text().strip().replaceAll("\\s+", " ");
    }

    private static int weight(String text) {
        String t = text.strip();
        int words = t.split("\\s+").length;
        boolean mixed = !t.equals(t.toUpperCase(Locale.ROOT)) || t.length() <= 6;
        return (mixed ? 1_000_000 : 0) + words * 10_000 + Math.min(t.length(), 9_999);
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Map<String, Integer> aliasGroups() {
        Map<String, Integer> out = new HashMap<>();
        List<String> lines = Lexicon.lines("aliases.txt");
        for (int g = 0; g < lines.size(); g++) {
            String names = lines.get(g).substring(lines.get(g).indexOf(':') + 1);
            for (String name : names.split("\\|")) {
                out.put(SpanRepair.key(name), g);
            }
        }
        return Map.copyOf(out);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}

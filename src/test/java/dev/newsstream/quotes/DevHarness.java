package dev.newsstream.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import dev.newsstream.model.Quote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints scorer JSON lines for input files. Usage: DevHarness (headline|raw) (none|crude) FILE...
 * "headline": first line is the title; "raw": the whole file is the text (no cleaning).
 * "crude": capitalised word sequences as PERSON entities, standing in for the entity stage.
 */
public final class DevHarness {
    private static final Pattern CAPS = Pattern.compile(
            "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\u2019-]+)(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\u2019-]+))+");

    public static void main(String[] args) throws Exception {
        boolean headline = args[0].equals("headline");
        boolean crude = args[1].equals("crude");
        QuoteExtractor qx = new QuoteExtractor();
        ObjectMapper om = new ObjectMapper();
        long t0 = System.nanoTime();
        long chars = 0;
        for (int i = 2; i < args.length; i++) {
            Path p = Path.of(args[i]);
            String raw = Files.readString(p, StandardCharsets.UTF_8);
            String title = null;
            String text = raw;
            if (headline) {
                int nl = raw.indexOf('\n');
                title = nl < 0 ? raw : raw.substring(0, nl);
                text = nl < 0 ? "" : raw.substring(nl + 1);
            }
            chars += raw.length();
            List<Entity> ents = crude ? crudeEntities(text) : List.of();
            List<Quote> qs = qx.extract(title, text, ents);
            String id = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", id);
            v.put("title", title);
            v.put("text", text);
            List<Map<String, Object>> eq = new ArrayList<>();
            for (Quote q : qs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", q.text());
                m.put("speaker", q.speaker());
                m.put("cue", q.cue());
                m.put("start", q.start());
                m.put("end", q.end());
                m.put("inTitle", q.inTitle());
                eq.add(m);
            }
            v.put("quotes", eq);
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("topic", "news.articles.enriched");
            rec.put("key", id);
            rec.put("value", v);
            System.out.println(om.writeValueAsString(rec));
        }
        System.err.printf("%d files, %d chars, %.1f ms%n", args.length - 2, chars, (System.nanoTime() - t0) / 1e6);
    }

    /** Multi-word capitalised sequences as persons; a lone word equal to a surname joins that person. */
    static List<Entity> crudeEntities(String text) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        java.util.Set<String> titles = new Lexicon().titles;
        Matcher m = CAPS.matcher(text);
        while (m.find()) {
            String name = m.group().replaceAll("['\u2019]s$", "");
            int off = m.start();
            // drop leading titles and adjectives before a title ("Harbour Master Dov Quill" -> "Dov Quill")
            String[] w = name.split("\\s+");
            int lastTitle = -1;
            for (int i = 0; i < w.length - 1; i++) {
                if (titles.contains(w[i].toLowerCase(java.util.Locale.ROOT))) {
                    lastTitle = i;
                }
            }
            for (int i = 0; i <= lastTitle; i++) {
                off = text.indexOf(w[i + 1], off + w[i].length());
            }
            name = text.substring(off, m.start() + name.length());
            if (name.split("\\s+").length < 2) {
                continue;
            }
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(name, off, off + name.length(), false));
        }
        Map<String, String> surname = new LinkedHashMap<>();
        for (String n : byName.keySet()) {
            String[] w = n.split("\\s+");
            surname.putIfAbsent(w[w.length - 1], n);
        }
        Matcher single = Pattern.compile("\\p{Lu}[\\p{L}-]+").matcher(text);
        while (single.find()) {
            String full = surname.get(single.group());
            if (full != null && !text.startsWith(full, Math.max(0, single.end() - full.length()))) {
                byName.get(full).add(new Mention(single.group(), single.start(), single.end(), false));
            }
        }
        List<Entity> out = new ArrayList<>();
        byName.forEach((n, ms) -> out.add(new Entity(EntityType.PERSON, n, ms, 0.0)));
        return out;
    }
}

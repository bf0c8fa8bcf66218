package dev.newsstream.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.model.Entity;
import dev.newsstream.model.Mention;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurement harness: prints scorer JSON lines for input files.
 *
 * <pre>
 * java ... dev.newsstream.entities.DevHarness [--first-line-title] [--raw] [--models 4|3|43|34]
 *      [--recase|--no-recase] [--recase-title] [--no-propagate]
 *      [--warmup N] FILE...   (prints JSON lines on stdout, speed on stderr)
 * </pre>
 * {@code --first-line-title} feeds the first line as title and the rest as text (how the clean
 * stage hands over CoNLL documents); otherwise the whole file is the text and the title null.
 * {@code --gold-clean} (dev/ only) feeds the gold title and body, standing in for the clean stage.
 * {@code --warmup N} runs N untimed passes first (speed).
 * {@code --raw} outputs every engine span as its own entity (no repairs, no clustering).
 */
public final class DevHarness {
    public static void main(String[] args) throws Exception {
        boolean firstLineTitle = false;
        boolean raw = false;
        boolean goldClean = false;
        String models = "43";
        boolean recaseCaps = CoreNlpRecognizer.Settings.DEFAULT.recaseAllCaps();
        boolean propagate = true;
        int warmup = 0;
        boolean recaseTitle = CoreNlpRecognizer.Settings.DEFAULT.recaseTitleCase();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--first-line-title" -> firstLineTitle = true;
                case "--raw" -> raw = true;
                case "--gold-clean" -> goldClean = true;
                case "--models" -> models = args[++i];
                case "--no-recase" -> recaseCaps = false;
                case "--recase-title" -> recaseTitle = true;
                case "--no-recase-title" -> recaseTitle = false;
                case "--recase" -> recaseCaps = true;
                case "--no-propagate" -> propagate = false;
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        List<String> paths = new ArrayList<>();
        for (char c : models.toCharArray()) {
            paths.add(c == '4' ? CoreNlpRecognizer.CONLL_4CLASS : CoreNlpRecognizer.ALL_3CLASS);
        }
        CoreNlpRecognizer.Settings d = CoreNlpRecognizer.Settings.DEFAULT;
        CoreNlpRecognizer recognizer = new CoreNlpRecognizer(
                new CoreNlpRecognizer.Settings(paths, recaseCaps, recaseTitle, d.tokenizerOptions()));
        EntityExtractor extractor = new EntityExtractor(recognizer, propagate);
        for (int w = 0; w < warmup; w++) {
            for (Path f : files) {
                extractor.extract(null, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        ObjectMapper json = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long tokens = 0;
        long nanos = 0;
        for (Path f : files) {
            String all = Files.readString(f, StandardCharsets.UTF_8);
            String title = null;
            String text = all;
            if (firstLineTitle) {
                int nl = all.indexOf('\n');
                title = nl < 0 ? all : all.substring(0, nl);
                text = nl < 0 ? "" : all.substring(nl + 1);
            }
            if (goldClean) {
                // Stands in for the clean stage: the gold title and body paragraphs of dev/.
                Path gold = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.txt$", ".gold.json"));
                com.fasterxml.jackson.databind.JsonNode g = json.readTree(gold.toFile());
                title = g.path("title").isTextual() ? g.path("title").asText() : null;
                List<String> body = new ArrayList<>();
                g.path("body").forEach(b -> body.add(b.asText()));
                text = String.join("\n\n", body);
            }
            long t0 = System.nanoTime();
            List<Entity> entities = raw ? rawEntities(recognizer, title, text) : extractor.extract(title, text);
            nanos += System.nanoTime() - t0;
            tokens += all.split("\\s+").length;
            String id = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            ObjectNode value = json.createObjectNode();
            value.put("id", id);
            value.put("title", title);
            value.put("text", text);
            ArrayNode ents = value.putArray("entities");
            for (Entity e : entities) {
                ObjectNode en = ents.addObject();
                en.put("type", e.type().name());
                en.put("name", e.name());
                en.put("salience", e.salience());
                ArrayNode ms = en.putArray("mentions");
                for (Mention m : e.mentions()) {
                    ObjectNode mn = ms.addObject();
                    mn.put("text", m.text());
                    mn.put("start", m.start());
                    mn.put("end", m.end());
                    mn.put("inTitle", m.inTitle());
                }
            }
            value.putArray("quotes");
            ObjectNode rec = json.createObjectNode();
            rec.put("topic", "news.articles.enriched");
            rec.put("key", id);
            rec.set("value", value);
            out.println(json.writeValueAsString(rec));
        }
        out.flush();
        System.err.printf("files=%d whitespace-tokens=%d seconds=%.2f tokens/s=%.0f%n",
                files.size(), tokens, nanos / 1e9, tokens / (nanos / 1e9));
    }

    private static List<Entity> rawEntities(EntityRecognizer r, String title, String text) {
        List<Entity> out = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            String s = part == 0 ? title : text;
            if (s == null) {
                continue;
            }
            for (NerSpan span : r.recognize(s)) {
                String m = s.substring(span.start(), span.end());
                out.add(new Entity(span.type(), m, List.of(new Mention(m, span.start(), span.end(), part == 0)), 0));
            }
        }
        return out;
    }
}

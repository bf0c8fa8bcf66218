package dev.newsstream.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.clean.CleanConfig;
import dev.newsstream.clean.Cleaner;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measurement harness (not a test): the exact shingle Jaccard and containment of every pair of
 * cleaned articles in a gold folder, split into gold duplicate pairs (after transitive closure)
 * and the rest, to see where the near-duplicate threshold falls. Usage:
 * {@code DevHarness GOLD_DIR} (reads GOLD_DIR/*.txt and GOLD_DIR/duplicates.json).
 */
public final class DevHarness {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Cleaner cleaner = new Cleaner(CleanConfig.defaults());
        List<String> ids = new ArrayList<>();
        List<ShingleSet> sets = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.lastIndexOf('.'));
                Outcome<CleanArticle> o = cleaner.clean(new Article(id, null, null, null,
                        Files.readString(f, StandardCharsets.UTF_8), ContentType.AUTO, null, null, Map.of()));
                String text = o instanceof Outcome.Accepted<CleanArticle> ok ? ok.value().text() : "";
                ids.add(id);
                sets.add(Shingler.shingles(Shingler.tokens(text)));
            }
        }
        Map<String, String> cluster = new HashMap<>();
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("duplicates.json").toFile());
        for (JsonNode pair : gold.get("pairs")) {
            String a = root(cluster, pair.get(0).asText());
            String b = root(cluster, pair.get(1).asText());
            if (!a.equals(b)) {
                cluster.put(b, a);
            }
        }
        List<String> dup = new ArrayList<>();
        List<double[]> other = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                ShingleSet a = sets.get(i);
                ShingleSet b = sets.get(j);
                int shared = a.intersection(b);
                double jac = a.jaccard(b);
                double con = Math.min(a.size(), b.size()) == 0 ? 0 : (double) shared / Math.min(a.size(), b.size());
                boolean same = root(cluster, ids.get(i)).equals(root(cluster, ids.get(j)));
                if (same) {
                    dup.add(String.format("DUP %s %s jaccard %.3f containment %.3f sizes %d %d",
                            ids.get(i), ids.get(j), jac, con, a.size(), b.size()));
                } else if (jac > 0.05 || con > 0.1) {
                    other.add(new double[] {jac, con, i, j});
                }
            }
        }
        dup.sort(null);
        dup.forEach(System.out::println);
        other.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] o : other.subList(0, Math.min(10, other.size()))) {
            System.out.printf("NOT %s %s jaccard %.3f containment %.3f%n", ids.get((int) o[2]), ids.get((int) o[3]), o[0], o[1]);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}

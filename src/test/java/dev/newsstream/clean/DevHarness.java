package dev.newsstream.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measurement harness (not a test). Usage:
 * <pre>
 *   DevHarness score FILE...   JSON lines in the scorer's format on stdout; with SOURCES=manifest.json
 *                              each page's source is its URL host and site furniture is learned in file order
 *   DevHarness keep FILE...    words kept (title + text) / words in input
 *   DevHarness speed FILE...   articles per second on one thread
 *   DevHarness titles FILE...  page-text titles (FILE.txt) against the titles of the same pages as HTML
 *                              (HTML_DIR/id.html): the HTML extractor's, and the page's own social
 *                              title, else its document title; with VERBOSE=1 the pages that differ
 * </pre>
 */
public final class DevHarness {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        Cleaner cleaner = new Cleaner(CleanConfig.defaults());
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            articles.add(new Article(id, null, null, null, Files.readString(f, StandardCharsets.UTF_8),
                    ContentType.AUTO, null, null, Map.of()));
        }
        Map<String, String> sources = sources(System.getenv("SOURCES"));
        SiteFurniture furniture = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
        switch (mode) {
            case "score" -> {
                for (Article a : articles) {
                    String source = sources.get(a.id());
                    Outcome<CleanArticle> o = cleaner.clean(a, furniture.knownFurniture(source));
                    if (o instanceof Outcome.Accepted<CleanArticle> ok) {
                        furniture.observe(source, ok.value().text());
                    }
                    ObjectNode v = json.createObjectNode();
                    v.put("id", a.id());
                    if (o instanceof Outcome.Accepted<CleanArticle> ok) {
                        v.put("title", ok.value().title());
                        v.put("byline", ok.value().byline());
                        v.put("text", ok.value().text());
                    } else {
                        v.putNull("title");
                        v.put("text", "");
                        v.put("rejected", ((Outcome.Rejected<CleanArticle>) o).rejection().toString());
                    }
                    v.putArray("entities");
                    v.putArray("quotes");
                    ObjectNode rec = json.createObjectNode();
                    rec.put("topic", "news.articles.enriched");
                    rec.put("key", a.id());
                    rec.set("value", v);
                    System.out.println(json.writeValueAsString(rec));
                }
            }
            case "keep" -> {
                long in = 0;
                long kept = 0;
                double worst = 1;
                String worstId = null;
                for (Article a : articles) {
                    Outcome<CleanArticle> o = cleaner.clean(a);
                    int w = Texts.wordCount(a.body());
                    int k = 0;
                    if (o instanceof Outcome.Accepted<CleanArticle> ok) {
                        k = Texts.wordCount(ok.value().text()) + Texts.wordCount(ok.value().title());
                    }
                    in += w;
                    kept += k;
                    if (w > 0 && (double) k / w < worst) {
                        worst = (double) k / w;
                        worstId = a.id();
                    }
                }
                System.out.printf("keep ratio %.4f (%d/%d words), worst %.3f in %s%n",
                        (double) kept / in, kept, in, worst, worstId);
            }
            case "speed" -> {
                for (int warm = 0; warm < 3; warm++) {
                    articles.forEach(cleaner::clean);
                }
                int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "5"));
                java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long t0 = System.nanoTime();
                long c0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < rounds; r++) {
                    articles.forEach(cleaner::clean);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                // CPU time of the one working thread: the per-core rate on a shared, loaded machine.
                System.out.printf("%.0f articles/s wall, %.0f articles/s per CPU-second (%d articles x %d rounds, %.2fs wall, %.2fs cpu)%n",
                        articles.size() * rounds / secs, articles.size() * rounds / cpu, articles.size(), rounds, secs, cpu);
            }
            case "debug" -> {
                for (Path f : files) {
                    String t = TextNormalizer.text(Files.readString(f, StandardCharsets.UTF_8));
                    List<String> lines = new ArrayList<>();
                    for (String l : t.split("\n")) {
                        if (!l.isBlank()) {
                            lines.add(l.strip());
                        }
                    }
                    for (LineClassifier.Line l : new LineClassifier().classify(lines)) {
                        String s = l.text();
                        System.out.printf("%-5s %s %s%n", l.kind(), l.hard() ? "H" : " ", s.length() > 110 ? s.substring(0, 110) : s);
                    }
                }
            }
            case "htmldebug" -> {
                for (Path f : files) {
                    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8));
                    new HtmlExtractor().removeByVocabulary(doc.body());
                    org.jsoup.nodes.Element root = HtmlExtractor.contentRoot(doc);
                    System.out.println("ROOT " + root.tagName() + " " + root.className() + " #" + root.id());
                    List<String> blocks = HtmlExtractor.blocks(root);
                    for (LineClassifier.Line l : new LineClassifier().classify(blocks)) {
                        String s = l.text();
                        System.out.printf("%-5s %s %s%n", l.kind(), l.hard() ? "H" : " ", s.length() > 110 ? s.substring(0, 110) : s);
                    }
                }
            }
            case "titles" -> titles(cleaner, articles, Path.of(System.getenv("HTML_DIR")), System.getenv("VERBOSE") != null);
            default -> throw new IllegalArgumentException("mode: score | keep | speed | debug | htmldebug | titles");
        }
    }

    /**
     * Counts the pages on which two titles agree: one contains the other once case, punctuation
     * and spacing are set aside (a site may drop a word or a kicker from one of them). The HTML
     * extractor's title is no gold, and a site may word its social title unlike its headline, so
     * these are proxies for telling title rules apart, not accuracies.
     */
    private static void titles(Cleaner cleaner, List<Article> texts, Path htmlDir, boolean verbose) throws java.io.IOException {
        int withHtml = 0;
        int withOwn = 0;
        int htmlWithOwn = 0;
        for (Article a : texts) {
            String html = Files.readString(htmlDir.resolve(a.id() + ".html"), StandardCharsets.UTF_8);
            String textTitle = titleOf(cleaner.clean(a));
            String htmlTitle = titleOf(cleaner.clean(new Article(a.id(), null, null, null, html, ContentType.HTML, null, null, Map.of())));
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
            org.jsoup.nodes.Element og = doc.selectFirst("meta[property=og:title]");
            String own = og != null && !og.attr("content").isBlank() ? og.attr("content") : doc.title();
            withHtml += agree(textTitle, htmlTitle) ? 1 : 0;
            withOwn += agree(textTitle, own) ? 1 : 0;
            htmlWithOwn += agree(htmlTitle, own) ? 1 : 0;
            if (verbose && !(agree(textTitle, htmlTitle) && agree(textTitle, own))) {
                System.out.println(a.id() + " | " + textTitle + " | " + htmlTitle + " | " + own);
            }
        }
        System.out.printf("page-text title agrees with the HTML title on %d of %d pages, with the page's own title on %d;"
                + " the HTML title with the page's own title on %d%n", withHtml, texts.size(), withOwn, htmlWithOwn);
    }

    private static String titleOf(Outcome<CleanArticle> o) {
        return o instanceof Outcome.Accepted<CleanArticle> ok && ok.value().title() != null ? ok.value().title() : "";
    }

    private static boolean agree(String a, String b) {
        String x = comparable(a);
        String y = comparable(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String comparable(String title) {
        return String.join(" ", title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").trim().split("\\s+"));
    }

    /** Page id to URL host, from an eval manifest; empty without one (no learning). */
    private static Map<String, String> sources(String manifest) throws java.io.IOException {
        Map<String, String> out = new java.util.HashMap<>();
        if (manifest == null) {
            return out;
        }
        var pages = new ObjectMapper().readTree(Path.of(manifest).toFile()).path("pages");
        pages.fields().forEachRemaining(e -> {
            String host = java.net.URI.create(e.getValue().path("url").asText().strip()).getHost();
            if (host != null) {
                out.put(e.getKey(), host);
            }
        });
        return out;
    }
}

package dev.newsstream.benchmark;

import dev.newsstream.clean.CleanConfig;
import dev.newsstream.clean.Cleaner;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Realistic benchmark articles made from the project's own samples: each body is a fresh mix of
 * sample sentences (so distinct articles share almost no 5-word runs), wrapped in the furniture of a
 * sample page (page text) or in a generated HTML page; one in {@code copyOneIn} (a quarter by
 * default) is a near copy of an earlier article (a paragraph dropped, a word changed, an
 * "Updated:" line, another wrapper).
 */
public final class ArticleGenerator {
    /** A generated article: its page and, for a near copy, the id it copies. */
    public record Generated(String id, String body, ContentType type, String copyOf) {}

    private final List<String> sentences = new ArrayList<>();
    private final List<String[]> wrappers = new ArrayList<>();
    private final SplittableRandom random;
    private final int copyOneIn;
    private final boolean distinctStories;
    private final List<List<String>> bodies = new ArrayList<>();
    private int count;

    public ArticleGenerator(Path samples, long seed) throws IOException {
        this(samples, seed, 4);
    }

    public ArticleGenerator(Path samples, long seed, int copyOneIn) throws IOException {
        this(samples, seed, copyOneIn, false);
    }

    /**
     * @param distinctStories when true, every fourth word of an original's sentences is replaced
     *     by an invented word, so that two different stories share no 5-word run (the sample
     *     sentences alone are few: at thousands of articles every sentence recurs hundreds of
     *     times, which no real stream of different stories does)
     */
    public ArticleGenerator(Path samples, long seed, int copyOneIn, boolean distinctStories) throws IOException {
        this.distinctStories = distinctStories;
        if (copyOneIn < 2) {
            throw new IllegalArgumentException("copyOneIn must be at least 2, not " + copyOneIn);
        }
        this.random = new SplittableRandom(seed);
        this.copyOneIn = copyOneIn;
        Cleaner cleaner = new Cleaner(CleanConfig.defaults());
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String page = Files.readString(file);
                Outcome<CleanArticle> out = cleaner.clean(
                        new Article("t", null, null, null, page, ContentType.TEXT, "en", null, Map.of()));
                if (out instanceof Outcome.Accepted<CleanArticle> ok) {
                    List<String> paragraphs = List.of(ok.value().text().split("\n\n"));
                    int first = page.indexOf(paragraphs.get(0));
                    String last = paragraphs.get(paragraphs.size() - 1);
                    int end = page.indexOf(last);
                    if (first >= 0 && end >= first) {
                        wrappers.add(new String[] {page.substring(0, first), page.substring(end + last.length())});
                    }
                    for (String p : paragraphs) {
                        for (String s : p.split("(?<=[.!?”])\\s+(?=[A-Z“])")) {
                            if (s.split(" ").length >= 8) {
                                sentences.add(s);
                            }
                        }
                    }
                }
            }
        }
        if (sentences.isEmpty() || wrappers.isEmpty()) {
            throw new IOException("no sample page text in " + samples + " to generate articles from");
        }
    }

    public Generated next() {
        String id = String.format("gen-%06d", count++);
        boolean html = random.nextInt(3) == 0;
        if (bodies.size() > 10 && random.nextInt(copyOneIn) == 0) {
            int original = random.nextInt(bodies.size());
            while (bodies.get(original) == null) {
                original = random.nextInt(bodies.size());
            }
            List<String> copy = new ArrayList<>(bodies.get(original));
            if (copy.size() > 4) {
                copy.remove(1 + random.nextInt(copy.size() - 2));
            }
            copy.set(0, copy.get(0).replaceFirst("\\bthe\\b", "this"));
            copy.add("Updated: this story was amended to correct a detail.");
            bodies.add(null); // copies are never copied again: their original is
            return new Generated(id, wrap(copy, html), html ? ContentType.HTML : ContentType.TEXT,
                    String.format("gen-%06d", original));
        }
        List<String> paragraphs = new ArrayList<>();
        String headline = headline();
        paragraphs.add(headline);
        int n = 7 + random.nextInt(4);
        for (int p = 0; p < n; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0, m = 2 + random.nextInt(3); s < m; s++) {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                paragraph.append(s == 0 ? "" : " ").append(distinctStories ? vary(sentence) : sentence);
            }
            paragraphs.add(paragraph.toString());
        }
        bodies.add(paragraphs);
        return new Generated(id, wrap(paragraphs, html), html ? ContentType.HTML : ContentType.TEXT, null);
    }

    private String vary(String sentence) {
        String[] words = sentence.split(" ");
        for (int i = 1 + random.nextInt(4); i < words.length - 1; i += 4) {
            words[i] = inventedWord();
        }
        return String.join(" ", words);
    }

    private String inventedWord() {
        String[] syllables = {"ka", "lo", "min", "ter", "va", "su", "ren", "do", "pi", "mar", "ne", "tol"};
        StringBuilder word = new StringBuilder();
        for (int k = 0, n = 2 + random.nextInt(2); k < n; k++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return word.toString();
    }

    private String headline() {
        String[] words = sentences.get(random.nextInt(sentences.size())).split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 9))).replaceAll("[,.;:”“]+$", "");
    }

    private String wrap(List<String> paragraphs, boolean html) {
        String[] wrapper = wrappers.get(random.nextInt(wrappers.size()));
        if (!html) {
            return wrapper[0] + paragraphs.get(0) + "\n\n" + String.join("\n\n", paragraphs.subList(1, paragraphs.size()))
                    + wrapper[1];
        }
        StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(paragraphs.get(0))).append(" | The Benchmark Gazette</title></head><body>")
                .append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
                .append("<li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>")
                .append("<main><article><h1>").append(escape(paragraphs.get(0))).append("</h1>")
                .append("<p class=\"byline\">By Staff Reporter</p>");
        for (String p : paragraphs.subList(1, paragraphs.size())) {
            page.append("<p>").append(escape(p)).append("</p>");
        }
        page.append("</article><aside class=\"related\"><h2>Related</h2><ul>");
        for (int i = 0; i < 4; i++) {
            page.append("<li><a href=\"/story/").append(random.nextInt(100000)).append("\">")
                    .append(escape(headline())).append("</a></li>");
        }
        return page.append("</ul></aside></main><footer><p>© 2026 The Benchmark Gazette. All rights reserved.</p>")
                .append("<form class=\"newsletter\"><label>Sign up for our daily briefing</label><input type=\"email\"></form>")
                .append("</footer></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

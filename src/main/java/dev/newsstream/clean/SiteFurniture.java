package dev.newsstream.clean;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Per-source line frequencies, bounded. Lines that recur across many articles of one source are its
 * wrapper (slogans, series banners, newsletter pitches) even when each page on its own reads like
 * prose; no single-page rule can see that. Only 64-bit hashes of normalised lines are kept, at most
 * {@code maxLinesPerSource} per source, and counts are halved every {@link #WINDOW} articles so a
 * redesigned site is relearned.
 *
 * <p>Use per article: {@code p = knownFurniture(src)}, clean with {@code p}, then
 * {@code observe(src, cleanedText)}. {@code observe} also counts the lines {@code p} recognised
 * (they are gone from the cleaned text), so learned furniture stays learned while the site prints it.
 * Not thread-safe: one instance per stream task, like its store.
 */
public final class SiteFurniture {
    /** Counts are halved when a source's article count reaches twice this: "its last articles". */
    static final int WINDOW = 50;
    /** A paragraph of this many words is article-shaped: it needs much stronger evidence. */
    static final int LONG_LINE_WORDS = 25;
    private static final int MAX_KEY_CHARS = 200;
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 16;
    private static final int ENTRY_BYTES = 16;

    private final FurnitureConfig config;
    private final FurnitureStore store;
    private String lastSource;
    private Set<Long> lastHits = new HashSet<>();

    public SiteFurniture(FurnitureConfig config, FurnitureStore store) {
        this.config = config == null ? FurnitureConfig.defaults() : config;
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Lines (normalised) of this source seen in at least minShare of its last articles, once minArticles were seen. */
    public Predicate<String> knownFurniture(String source) {
        lastSource = source;
        lastHits = new HashSet<>();
        if (source == null) {
            return line -> false;
        }
        State s = State.decode(store.get(source));
        if (s.articles < config.minArticles()) {
            return line -> false;
        }
        int shortMin = Math.max(2, (int) Math.ceil(config.minShare() * s.articles));
        // A repeated long paragraph is more likely a re-sent story than a wrapper: it must be on nearly every page.
        int longMin = s.articles < 2 * config.minArticles() ? Integer.MAX_VALUE
                : Math.max(2, (int) Math.ceil(Math.max(0.8, Math.min(1.0, 2 * config.minShare())) * s.articles));
        Set<Long> shortLines = new HashSet<>();
        Set<Long> longLines = new HashSet<>();
        for (int i = 0; i < s.size; i++) {
            if (s.counts[i] >= shortMin) {
                shortLines.add(s.hashes[i]);
            }
            if (s.counts[i] >= longMin) {
                longLines.add(s.hashes[i]);
            }
        }
        if (shortLines.isEmpty()) {
            return line -> false;
        }
        Set<Long> hits = lastHits;
        return line -> {
            Key k = key(line);
            if (k == null) {
                return false;
            }
            boolean known = (k.words >= LONG_LINE_WORDS ? longLines : shortLines).contains(k.hash);
            if (known) {
                hits.add(k.hash);
            }
            return known;
        };
    }

    /** Records the article's distinct normalised lines (call after cleaning it). */
    public void observe(String source, String body) {
        if (source == null) {
            return;
        }
        Set<Long> lines = new HashSet<>();
        if (body != null) {
            for (String l : body.split("\n")) {
                Key k = key(l);
                if (k != null) {
                    lines.add(k.hash);
                }
            }
        }
        if (source.equals(lastSource)) {
            lines.addAll(lastHits);
            lastHits = new HashSet<>();
        }
        State s = State.decode(store.get(source));
        s.add(lines, config.maxLinesPerSource());
        if (s.articles >= 2 * WINDOW) {
            s.halve();
        }
        store.put(source, s.encode());
    }

    /** Bytes one source's state takes at most: what the store must budget per source. */
    public static int maxStateBytes(FurnitureConfig config) {
        return HEADER_BYTES + ENTRY_BYTES * config.maxLinesPerSource();
    }

    record Key(long hash, int words) {}

    /** Lowercase, digits as '0', whitespace collapsed, trimmed, capped; null for a blank line. */
    static String normalise(String line) {
        StringBuilder b = new StringBuilder(Math.min(line.length(), MAX_KEY_CHARS));
        boolean space = false;
        for (int i = 0; i < line.length() && b.length() < MAX_KEY_CHARS; i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.isDigit(c) ? '0' : c);
        }
        return b.length() == 0 ? null : b.toString().toLowerCase(Locale.ROOT);
    }

    static Key key(String line) {
        if (line == null) {
            return null;
        }
        String n = normalise(line);
        if (n == null) {
            return null;
        }
        // Words of the whole line, not of the capped key: the long-line guard must see the real length.
        return new Key(hash(n), dev.newsstream.model.Texts.wordCount(line));
    }

    /** FNV-1a over the chars, then a 64-bit finaliser so near-equal lines spread over the whole range. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** One source's counters; {@code tick} is a monotonic article clock for "least recently seen". */
    private static final class State {
        int articles;
        int tick;
        int size;
        long[] hashes;
        int[] counts;
        int[] seen;

        State(int capacity) {
            hashes = new long[capacity];
            counts = new int[capacity];
            seen = new int[capacity];
        }

        static State decode(byte[] bytes) {
            if (bytes == null || bytes.length < HEADER_BYTES || (bytes.length - HEADER_BYTES) % ENTRY_BYTES != 0) {
                return new State(0); // unknown source, or state of another format: start afresh
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != VERSION) {
                return new State(0);
            }
            int articles = b.getInt();
            int tick = b.getInt();
            int n = b.getInt();
            if (n != (bytes.length - HEADER_BYTES) / ENTRY_BYTES || articles < 0) {
                return new State(0);
            }
            State s = new State(n);
            s.articles = articles;
            s.tick = tick;
            s.size = n;
            for (int i = 0; i < n; i++) {
                s.hashes[i] = b.getLong();
                s.counts[i] = b.getInt();
                s.seen[i] = b.getInt();
            }
            return s;
        }

        byte[] encode() {
            ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + ENTRY_BYTES * size);
            b.putInt(VERSION).putInt(articles).putInt(tick).putInt(size);
            for (int i = 0; i < size; i++) {
                b.putLong(hashes[i]).putInt(counts[i]).putInt(seen[i]);
            }
            return b.array();
        }

        void add(Set<Long> lines, int max) {
            articles++;
            tick++;
            Map<Long, Integer> index = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                index.put(hashes[i], i);
            }
            List<Long> fresh = new ArrayList<>();
            for (Long h : lines) {
                Integer i = index.get(h);
                if (i != null) {
                    counts[i]++;
                    seen[i] = tick;
                } else {
                    fresh.add(h);
                }
            }
            grow(size + fresh.size());
            for (Long h : fresh) {
                hashes[size] = h;
                counts[size] = 1;
                seen[size] = tick;
                size++;
            }
            if (size > max) {
                evict(max);
            }
        }

        /** Keeps the {@code max} strongest: this article's lines first, then by count, then by recency. */
        private void evict(int max) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // A new line must survive long enough to recur, so the current article's lines are evicted last.
            java.util.Arrays.sort(order, (a, b) -> {
                int c = Boolean.compare(seen[b] == tick, seen[a] == tick);
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(counts[b], counts[a]);
                return c != 0 ? c : Integer.compare(seen[b], seen[a]);
            });
            retain(order, max);
        }

        void halve() {
            articles /= 2;
            Integer[] order = new Integer[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                counts[i] /= 2;
                if (counts[i] > 0) {
                    order[n++] = i;
                }
            }
            retain(java.util.Arrays.copyOf(order, n), n);
        }

        private void retain(Integer[] order, int keep) {
            int n = Math.min(keep, order.length);
            long[] h = new long[n];
            int[] c = new int[n];
            int[] s = new int[n];
            for (int k = 0; k < n; k++) {
                h[k] = hashes[order[k]];
                c[k] = counts[order[k]];
                s[k] = seen[order[k]];
            }
            hashes = h;
            counts = c;
            seen = s;
            size = n;
        }

        private void grow(int capacity) {
            if (capacity > hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, capacity);
                counts = java.util.Arrays.copyOf(counts, capacity);
                seen = java.util.Arrays.copyOf(seen, capacity);
            }
        }
    }
}

package dev.newsstream.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Text to comparable fingerprints: normalised word tokens (case, accents of quotes and
 * punctuation removed, so curly versus straight quotes or a changed comma do not matter), an
 * exact hash over them, the set of word 5-gram shingles ({@link ShingleSet}) and a MinHash
 * signature of that set.
 */
public final class Shingler {
    static final int SHINGLE_WORDS = 5;
    /** Signature positions; LSH bands take {@link #ROWS} consecutive positions each. */
    static final int SIGNATURE_SIZE = 32;
    static final int ROWS = 2;
    static final int BANDS = SIGNATURE_SIZE / ROWS;
    private static final int BIN_BITS = Integer.numberOfTrailingZeros(SIGNATURE_SIZE);
    private static final long SEED = 0x2545F4914F6CDD1DL;

    private Shingler() {}

    /** Lower-cased letter-or-digit runs of the NFKC text. */
    public static List<String> tokens(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= norm.length(); i++) {
            boolean word = i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(norm.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** Hex SHA-256 of the tokens joined by single spaces. */
    public static String contentHash(List<String> tokens) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String token : tokens) {
                digest.update(token.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ' ');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** The word 5-gram shingles of the tokens, each hashed to {@link ShingleSet#BITS} bits. */
    public static ShingleSet shingles(List<String> tokens) {
        long[] tokenHashes = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenHashes[i] = tokenHash(tokens.get(i).hashCode(), tokens.get(i).length());
        }
        return shingles(tokenHashes, tokenHashes.length);
    }

    /**
     * The shingles of {@link #tokens(String)} straight from the text, without making the token
     * strings: the same set as {@code shingles(tokens(text))}, at a fraction of the cost. Text
     * that is all ASCII is already in NFKC, so only other text is normalised first.
     */
    public static ShingleSet shingles(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        String norm = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        long[] tokenHashes = new long[Math.max(8, norm.length() / 4)];
        int count = 0;
        int hash = 0;
        int length = 0;
        for (int i = 0; i <= norm.length(); i++) {
            char c = i < norm.length() ? norm.charAt(i) : ' ';
            boolean word = ascii ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                    : Character.isLetterOrDigit(c);
            if (word) {
                // String.hashCode of the lower-cased token, as tokens(text) would give
                hash = 31 * hash + (ascii && c <= 'Z' && c >= 'A' ? c + 32 : c);
                length++;
            } else if (length > 0) {
                if (count == tokenHashes.length) {
                    tokenHashes = java.util.Arrays.copyOf(tokenHashes, count * 2);
                }
                tokenHashes[count++] = tokenHash(hash, length);
                hash = 0;
                length = 0;
            }
        }
        return shingles(tokenHashes, count);
    }

    private static long tokenHash(int stringHash, int length) {
        return mix(stringHash * 0x9E3779B97F4A7C15L + length);
    }

    private static ShingleSet shingles(long[] tokenHashes, int count) {
        int n = count - SHINGLE_WORDS + 1;
        if (n <= 0) {
            return ShingleSet.EMPTY;
        }
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE_WORDS; j++) {
                h = (h + tokenHashes[i + j]) * 0xD1342543DE82EF95L;
            }
            values[i] = (int) (mix(h) >>> (64 - ShingleSet.BITS));
        }
        return ShingleSet.ofUnsorted(values);
    }

    /**
     * One-permutation MinHash: each shingle is hashed once, its top bits pick one of
     * {@link #SIGNATURE_SIZE} bins and the next 32 bits compete for that bin's minimum. An empty
     * bin borrows the next non-empty bin's value shifted by the distance (rotation densification),
     * so that two sets agree on a position with probability close to their Jaccard similarity.
     * Linear in the shingles, where a signature of k independent hashes is k times that.
     */
    public static int[] signature(ShingleSet set) {
        long[] min = new long[SIGNATURE_SIZE];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i < set.size(); i++) {
            long x = mix(set.value(i) + SEED);
            int bin = (int) (x >>> (64 - BIN_BITS));
            long v = (x >>> (32 - BIN_BITS)) & 0xFFFFFFFFL;
            if (v < min[bin]) {
                min[bin] = v;
            }
        }
        int[] signature = new int[SIGNATURE_SIZE];
        for (int b = 0; b < SIGNATURE_SIZE; b++) {
            int from = b;
            int distance = 0;
            while (min[from] == Long.MAX_VALUE && distance < SIGNATURE_SIZE) {
                from = (from + 1) % SIGNATURE_SIZE;
                distance++;
            }
            signature[b] = min[from] == Long.MAX_VALUE ? 0 : (int) min[from] + distance * 0x9E3779B9;
        }
        return signature;
    }

    /** Share of equal signature positions: an estimate of Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    /** The LSH key of one band: its {@link #ROWS} signature values mixed into 64 bits. */
    static long bandHash(int[] signature, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 0x9E3779B97F4A7C15L + (signature[band * ROWS + r] & 0xFFFFFFFFL));
        }
        return h;
    }

    // SplitMix64 finaliser: cheap, well distributed
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package dev.newsstream.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Text to comparable fingerprints: normalised word tokens (case, accents of quotes and
 * punctuation removed, so curly versus straight quotes or a changed comma do not matter), an
 * exact hash over them, and a MinHash signature over word 5-gram shingles.
 */
public final class Shingler {
    static final int SHINGLE_WORDS = 5;
    static final int SIGNATURE_SIZE = 64;
    private static final long[] SEEDS = new long[SIGNATURE_SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            x = mix(x + i * 0xBF58476D1CE4E5B9L);
            SEEDS[i] = x;
        }
    }

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

    /** 64-bit hashes of the distinct word 5-grams. */
    public static long[] shingles(List<String> tokens) {
        int n = tokens.size() - SHINGLE_WORDS + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] tokenHashes = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenHashes[i] = mix(tokens.get(i).hashCode() * 0x9E3779B97F4A7C15L + tokens.get(i).length());
        }
        long[] shingles = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE_WORDS; j++) {
                h = mix(h * 31 + tokenHashes[i + j]);
            }
            shingles[i] = h;
        }
        return Arrays.stream(shingles).distinct().toArray();
    }

    /**
     * MinHash signature: per seed, the smallest value of a multiply-shift hash of the shingle
     * (shingles are already well mixed, so an odd multiplier per seed suffices; the high bits
     * are the good ones).
     */
    public static int[] signature(long[] shingles) {
        int[] signature = new int[SIGNATURE_SIZE];
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            long multiplier = SEEDS[i] | 1L;
            long min = -1L; // unsigned maximum
            for (long s : shingles) {
                long h = (s * multiplier) ^ (s >>> 29);
                if (Long.compareUnsigned(h, min) < 0) {
                    min = h;
                }
            }
            signature[i] = (int) (min >>> 32);
        }
        return signature;
    }

    /** Share of equal signature positions: an unbiased estimate of Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    // SplitMix64 finaliser: cheap, well distributed
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package dev.newsstream.dedup;

import java.util.Arrays;

/**
 * The exact set of an article's shingles, as sorted distinct {@value #BITS}-bit hashes, with
 * an exact Jaccard similarity and a compact Golomb-Rice coding of the gaps for the store.
 *
 * <p>Why {@value #BITS} bits: a false match between two unrelated shingles of sets of sizes
 * {@code a} and {@code b} happens {@code a·b/2^20} times on average, so it raises the Jaccard of
 * two sets of n shingles by at most about {@code n/2^21}: 0.0002 for a 400-word article and 0.001
 * for a 2,000-word one, far below the gap between duplicates and different stories. Fewer bits
 * per hash is what keeps the stored set at about 13 bits per shingle (gaps of mean
 * {@code 2^20/n}, coded in {@code log2(2^20/n) + 2} bits).
 */
public final class ShingleSet {
    public static final int BITS = 20;
    static final ShingleSet EMPTY = new ShingleSet(new int[0]);

    private final int[] values;

    private ShingleSet(int[] sortedDistinct) {
        this.values = sortedDistinct;
    }

    static ShingleSet ofUnsorted(int[] values) {
        int[] v = radixSort(values);
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (n == 0 || v[i] != v[n - 1]) {
                v[n++] = v[i];
            }
        }
        return new ShingleSet(n == v.length ? v : Arrays.copyOf(v, n));
    }

    /** Two counting passes of 10 bits: linear, where a comparison sort of 400 values costs several times more. */
    private static int[] radixSort(int[] values) {
        int[] a = values.clone();
        int[] b = new int[a.length];
        int[] counts = new int[1 << 10];
        for (int shift = 0; shift < BITS; shift += 10) {
            Arrays.fill(counts, 0);
            for (int v : a) {
                counts[(v >>> shift) & 1023]++;
            }
            int sum = 0;
            for (int i = 0; i < counts.length; i++) {
                int c = counts[i];
                counts[i] = sum;
                sum += c;
            }
            for (int v : a) {
                b[counts[(v >>> shift) & 1023]++] = v;
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    public int size() {
        return values.length;
    }

    int value(int i) {
        return values[i];
    }

    /** |A ∩ B| by a merge of the two sorted arrays. */
    public int intersection(ShingleSet other) {
        int[] a = values;
        int[] b = other.values;
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
    public double jaccard(ShingleSet other) {
        int shared = intersection(other);
        int union = values.length + other.values.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Rice parameter for gaps of mean 2^BITS / n: about log2 of the mean gap times ln 2. */
    private static int riceK(int n) {
        if (n == 0) {
            return 0;
        }
        double meanGap = (double) (1 << BITS) / n;
        return Math.max(0, (int) Math.round(Math.log(meanGap * Math.log(2)) / Math.log(2)));
    }

    /** Gap coding: a varint count, then per value the gap to the previous one, Rice-coded. */
    public byte[] encode() {
        int n = values.length;
        int k = riceK(n);
        Bits out = new Bits(5 + n * (k + 4) / 8 + 8);
        out.varint(n);
        int previous = -1;
        for (int v : values) {
            int gap = v - previous - 1;
            previous = v;
            int q = gap >>> k;
            for (; q >= 16; q -= 16) {
                out.bits(0xFFFF, 16);
            }
            out.bits(((1 << q) - 1) << 1, q + 1); // q ones, then a zero
            out.bits(gap & ((1 << k) - 1), k);
        }
        return out.toArray();
    }

    /** Reads a set written by {@link #encode()} starting at {@code offset}. */
    public static ShingleSet decode(byte[] bytes, int offset) {
        Bits in = new Bits(bytes, offset);
        int n = in.readVarint();
        int k = riceK(n);
        int[] values = new int[n];
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int q = 0;
            while (in.readBit() == 1) {
                q++;
            }
            int gap = (q << k) | in.readBits(k);
            previous = previous + gap + 1;
            values[i] = previous;
        }
        return new ShingleSet(values);
    }

    /** A minimal bit buffer, most significant bit first. */
    private static final class Bits {
        private byte[] buf;
        private int bitPos;
        private long acc; // pending bits of the writer, right-aligned
        private int accBits;

        Bits(int capacity) {
            buf = new byte[Math.max(8, capacity)];
        }

        Bits(byte[] bytes, int offset) {
            buf = bytes;
            bitPos = offset * 8;
        }

        void varint(int v) {
            while ((v & ~0x7F) != 0) {
                bits((v & 0x7F) | 0x80, 8);
                v >>>= 7;
            }
            bits(v, 8);
        }

        int readVarint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = readBits(8);
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
        }

        /** Appends the low {@code count} (at most 32) bits of {@code v}. */
        void bits(int v, int count) {
            acc = (acc << count) | (v & ((1L << count) - 1));
            accBits += count;
            while (accBits >= 8) {
                accBits -= 8;
                int byteIndex = bitPos >>> 3;
                if (byteIndex >= buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                buf[byteIndex] = (byte) (acc >>> accBits);
                bitPos += 8;
            }
        }

        int readBit() {
            int b = (buf[bitPos >>> 3] >>> (7 - (bitPos & 7))) & 1;
            bitPos++;
            return b;
        }

        int readBits(int count) {
            int v = 0;
            for (int i = 0; i < count; i++) {
                v = (v << 1) | readBit();
            }
            return v;
        }

        byte[] toArray() {
            if (accBits > 0) {
                bits(0, 8 - accBits);
            }
            return Arrays.copyOf(buf, bitPos >>> 3);
        }
    }
}

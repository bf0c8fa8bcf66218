package dev.newsstream.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text the way a browser would: a byte-order mark first; for HTML, the
 * charset the page declares in a {@code meta} tag, unless the bytes are valid UTF-8 (a stale
 * declaration); otherwise UTF-8, with any byte that is not part of a valid UTF-8 sequence read as
 * windows-1252. Older regional sites still serve windows-1252, ISO-8859-x, windows-1251, EUC-KR or
 * Shift_JIS, and decoding them as UTF-8 turned every accented letter into U+FFFD and the page into a
 * binary-content rejection; and a UTF-8 page with one stray windows-1252 byte (a pasted paragraph,
 * a file cut in the middle of a character) keeps the rest of its text. Binary files still decode to
 * control characters, which the validator rejects.
 */
final class PageDecoder {
    /** How far into a page a charset declaration is looked for (inline styles can push it past the HTML standard's 1,024 bytes). */
    private static final int PRESCAN_BYTES = 32 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The windows-1252 reading of the bytes 0x80 to 0xFF. */
    private static final String HIGH_WINDOWS_1252 = windows1252High();

    private PageDecoder() {}

    static String decode(byte[] bytes, boolean html) {
        Optional<String> bom = withByteOrderMark(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = html ? declared(bytes) : Optional.empty();
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            try {
                return strict(StandardCharsets.UTF_8, bytes);
            } catch (CharacterCodingException notUtf8) {
                return lossy(declared.get(), bytes);
            }
        }
        return utf8OrWindows1252(bytes);
    }

    /** UTF-8, with each byte outside a valid UTF-8 sequence read as windows-1252. */
    private static String utf8OrWindows1252(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int length = sequenceLength(b, i);
            if (length > 0) {
                int cp = c & (0xFF >> (length + 1));
                for (int k = 1; k < length; k++) {
                    cp = (cp << 6) | (b[i + k] & 0x3F);
                }
                out.appendCodePoint(cp);
                i += length;
            } else {
                out.append(HIGH_WINDOWS_1252.charAt(c - 0x80));
                i++;
            }
        }
        return out.toString();
    }

    /** The length of the valid UTF-8 sequence starting at {@code i} (2 to 4), or 0 when there is none. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        // no overlong forms, no surrogates, nothing past U+10FFFF
        int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static String windows1252High() {
        byte[] high = new byte[0x80];
        for (int k = 0; k < high.length; k++) {
            high[k] = (byte) (0x80 + k);
        }
        return lossy(WINDOWS_1252, high);
    }

    /** The charset a page's {@code meta} tag names; ISO-8859-1 and ASCII labels mean windows-1252, UTF-16 ones UTF-8, as in browsers. */
    private static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        if (label.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8); // a page read as bytes cannot be what it declares; browsers take UTF-8
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> withByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(lossy(StandardCharsets.UTF_8, slice(b, 3)));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(lossy(StandardCharsets.UTF_16BE, slice(b, 2)));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(lossy(StandardCharsets.UTF_16LE, slice(b, 2)));
        }
        return Optional.empty();
    }

    private static byte[] slice(byte[] b, int from) {
        return java.util.Arrays.copyOfRange(b, from, b.length);
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Undecodable bytes become U+FFFD, which the validator counts: binary files reach the DLQ. */
    private static String lossy(Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}

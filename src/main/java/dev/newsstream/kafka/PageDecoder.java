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
 * Turns a file's bytes into text the way a browser would: a byte-order mark first; then UTF-8 when
 * the bytes are valid UTF-8; for HTML, the charset the page declares in a {@code meta} tag, else
 * windows-1252 (older regional sites still serve windows-1252, ISO-8859-x, windows-1251, EUC-KR or
 * Shift_JIS, and decoding them as UTF-8 turned every accented letter into U+FFFD and the page into
 * a binary-content rejection). Page text has no place to declare a charset, so bytes that are not
 * UTF-8 stay lossy UTF-8 and the validator rejects them with its reason when too many are lost.
 */
final class PageDecoder {
    /** How far into a page a charset declaration is looked for (the HTML standard's prescan reads 1,024 bytes). */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {}

    static String decode(byte[] bytes, boolean html) {
        Optional<String> bom = withByteOrderMark(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            return html ? lossy(declared(bytes).orElse(WINDOWS_1252), bytes) : lossy(StandardCharsets.UTF_8, bytes);
        }
    }

    /** The charset a page's {@code meta} tag names; ISO-8859-1 and ASCII labels mean windows-1252, as in browsers. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
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

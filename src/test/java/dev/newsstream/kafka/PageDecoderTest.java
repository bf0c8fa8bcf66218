package dev.newsstream.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] page(String charsetMeta, String body, Charset encoding) {
        return ("<html><head>" + charsetMeta + "<title>t</title></head><body><p>" + body + "</p></body></html>")
                .getBytes(encoding);
    }

    @Test
    void aPageInTheCharsetItsMetaTagDeclaresIsDecodedInIt() {
        String body = "La señora Núñez dijo: “Aquí seguimos”.";
        assertTrue(PageDecoder.decode(page("<meta charset=\"windows-1252\">", body, WINDOWS_1252), true).contains(body));
        String cyrillic = "Мэр города заявил, что мост откроют весной.";
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", cyrillic,
                Charset.forName("windows-1251"));
        assertTrue(PageDecoder.decode(bytes, true).contains(cyrillic));
    }

    @Test
    void anIsoLatin1LabelMeansWindows1252AsInBrowsers() {
        // 0x93 and 0x94 are curly quotes in windows-1252 and C1 controls in ISO-8859-1
        String body = "“Es pronto”, dijo la alcaldesa.";
        assertTrue(PageDecoder.decode(page("<META CHARSET=ISO-8859-1>", body, WINDOWS_1252), true).contains(body));
    }

    @Test
    void anUndeclaredPageThatIsNotUtf8IsTakenForWindows1252() {
        String body = "Le maire a répondu à la presse.";
        assertTrue(PageDecoder.decode(page("", body, WINDOWS_1252), true).contains(body));
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() {
        // a crawler re-encoded the page to UTF-8 and left its old declaration
        String body = "Die Bürgermeisterin sagte: „Wir bauen weiter.“";
        assertTrue(PageDecoder.decode(page("<meta charset=iso-8859-1>", body, StandardCharsets.UTF_8), true).contains(body));
    }

    @Test
    void aByteOrderMarkDecidesAndIsDropped() {
        byte[] text = "Ünal said yes.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        assertEquals("Ünal said yes.", PageDecoder.decode(withBom, false));
    }

    @Test
    void aStrayWindows1252ByteInUtf8TextIsReadAloneAndTheRestStaysUtf8() {
        byte[] quoted = "“Es pronto”, dijo la alcaldesa. Calle del Puerto 4".getBytes(StandardCharsets.UTF_8);
        byte[] withStray = java.util.Arrays.copyOf(quoted, quoted.length + 1);
        withStray[quoted.length] = (byte) 0xE9; // é in windows-1252, no UTF-8 sequence
        assertEquals("“Es pronto”, dijo la alcaldesa. Calle del Puerto 4é", PageDecoder.decode(withStray, true));
        assertEquals("“Es pronto”, dijo la alcaldesa. Calle del Puerto 4é", PageDecoder.decode(withStray, false));
        byte[] cut = java.util.Arrays.copyOf(quoted, quoted.length - 30 + 2); // a file cut inside a character
        assertTrue(PageDecoder.decode(cut, true).startsWith("“Es pronto”, dijo"));
    }

    @Test
    void aDeclarationAfterLongInlineStylesIsFound() {
        String css = "<style>" + ".a{color:red}".repeat(400) + "</style>";
        String body = "Мэр города заявил, что мост откроют весной.";
        byte[] bytes = ("<html><head>" + css + "<meta charset=\"windows-1251\"></head><body><p>" + body + "</p></body></html>")
                .getBytes(Charset.forName("windows-1251"));
        assertTrue(PageDecoder.decode(bytes, true).contains(body));
    }

    @Test
    void binaryBytesStayControlCharactersForTheValidator() {
        byte[] junk = new byte[256];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) i;
        }
        String text = PageDecoder.decode(junk, false);
        assertEquals(256, text.length());
        assertTrue(text.chars().filter(c -> c < 0x20).count() >= 29, "C0 controls survive, so the validator rejects the file");
    }
}

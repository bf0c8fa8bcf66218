package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void composesToNfc() {
        assertEquals("\u00E9t\u00E9", TextNormalizer.line("e\u0301te\u0301"));
    }

    @Test
    void spacesCollapseAndInvisiblesDisappear() {
        assertEquals("a b c d", TextNormalizer.line("  a\u00A0\u00A0b\u2009\u202Fc \t d  "));
        assertEquals("cooperation", TextNormalizer.line("co\u00ADoper\u200Bation\uFEFF"));
    }

    @Test
    void typographicQuotesAreKept() {
        assertEquals("\u201CYes,\u201D she said, \u2018twice\u2019", TextNormalizer.line("\u201CYes,\u201D she said, \u2018twice\u2019"));
    }

    @Test
    void textKeepsLineBreaksAndNormalisesCarriageReturns() {
        assertEquals("one\ntwo\n\nthree", TextNormalizer.text("one  \r\ntwo\r\r\n  three"));
    }
}

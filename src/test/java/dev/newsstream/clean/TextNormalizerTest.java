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
    void joinersBetweenLettersAreSpellingAndKept() {
        // Persian: "buildings" is written with a zero-width non-joiner; between a letter and a space it is dropped
        assertEquals("ساختمان\u200Cهای شهر", TextNormalizer.line("ساختمان\u200Cهای\u200C شهر"));
        assertEquals("ب\u200Cب", TextNormalizer.line("ب\u200C\u200Cب"));
        assertEquals("Auflage", TextNormalizer.line("Auf\u200Clage"), "in a Latin word it only breaks a ligature");
    }

    @Test
    void typographicQuotesAreKept() {
        assertEquals("\u201CYes,\u201D she said, \u2018twice\u2019", TextNormalizer.line("\u201CYes,\u201D she said, \u2018twice\u2019"));
    }

    @Test
    void textKeepsLineBreaksAndNormalisesCarriageReturns() {
        assertEquals("one\ntwo\n\nthree", TextNormalizer.text("one  \r\ntwo\r\r\n  three"));
    }

    @Test
    void runsOfCombiningMarksAreCutSoNormalisationStaysLinear() {
        String flood = "a" + "\u0301\u0336".repeat(150_000);
        long t0 = System.nanoTime();
        String out = TextNormalizer.text(flood);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(out.length() <= 31, "a letter and at most 30 marks: " + out.length());
        org.junit.jupiter.api.Assertions.assertTrue(ms < 2_000, ms + " ms");
        String zalgoLite = "e\u0301\u0302\u0303";
        org.junit.jupiter.api.Assertions.assertEquals(java.text.Normalizer.normalize(zalgoLite, java.text.Normalizer.Form.NFC),
                TextNormalizer.text(zalgoLite), "short runs are untouched");
    }

    @Test
    void bidiOverridesAndIsolatesAreDropped() {
        org.junit.jupiter.api.Assertions.assertEquals("Port reopens", TextNormalizer.line("Port \u202Ereo\u202Cpens\u2067\u2069"));
    }
}

package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupGuardTest {
    @Test
    void sniffsDocumentsAndFragments() {
        assertTrue(MarkupGuard.looksLikeHtml("  <!DOCTYPE html><html>"));
        assertTrue(MarkupGuard.looksLikeHtml("<div><p>Hello</p><p>there</p></div>"));
        assertFalse(MarkupGuard.looksLikeHtml("Prices rose 3% as x < y and y > z, analysts said."));
    }

    @Test
    void aLongStyleSheetOrCommentBeforeTheDocumentDoesNotHideIt() {
        String rules = ".grid { display: grid; gap: 10px; }\n".repeat(400); // ~14 KB, past the sniffed characters
        assertTrue(rules.length() > 3 * MarkupGuard.SNIFF_CHARS);
        assertTrue(MarkupGuard.looksLikeHtml("<style>\n" + rules + "</style>\n<!DOCTYPE html><html><head><title>T</title></head>"));
        assertTrue(MarkupGuard.looksLikeHtml("\uFEFF<!-- " + rules + " -->\n<html><body><p>Text</p></body></html>"));
        assertTrue(MarkupGuard.looksLikeHtml("<script>var s = '" + rules + "';</script><div><p>Text</p></div>"));
    }

    @Test
    void prosePastTheSniffedCharactersIsNotReadForTags() {
        String prose = "The council met on Tuesday and agreed the budget for next year. ".repeat(80);
        assertTrue(prose.length() > MarkupGuard.SNIFF_CHARS);
        assertFalse(MarkupGuard.looksLikeHtml(prose + "<div><p>late</p></div>"));
        assertFalse(MarkupGuard.looksLikeHtml("<style> never closed " + prose));
    }

    @Test
    void measuresDepthIgnoringVoidElementsCommentsAndScripts() {
        MarkupGuard.Shape s = MarkupGuard.measure(
                "<html><body><div><br><img src=x><!-- <div><div> --><script>if (a<b) {'<div>'}</script><p>x</div></body></html>",
                512, 1000);
        assertEquals(4, s.maxDepth()); // html, body, div, script
        assertEquals(7, s.elements());
    }
}

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
    void measuresDepthIgnoringVoidElementsCommentsAndScripts() {
        MarkupGuard.Shape s = MarkupGuard.measure(
                "<html><body><div><br><img src=x><!-- <div><div> --><script>if (a<b) {'<div>'}</script><p>x</div></body></html>",
                512, 1000);
        assertEquals(4, s.maxDepth()); // html, body, div, script
        assertEquals(7, s.elements());
    }
}

package dev.newsstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoakGroupsTest {
    @Test
    void groupsIgnoreWhichCopyIsTheOriginal() {
        var crashed = SoakCommand.groups(Map.of("b", "a", "c", "a", "e", "d"));
        var reference = SoakCommand.groups(Map.of("a", "b", "c", "b", "d", "e"));
        assertEquals(Set.of(Set.of("a", "b", "c"), Set.of("d", "e")), crashed);
        assertEquals(reference, crashed);
    }

    @Test
    void aCopyInAnotherStoryIsADifferentDecision() {
        assertNotEquals(SoakCommand.groups(Map.of("b", "a", "c", "a")), SoakCommand.groups(Map.of("b", "a", "c", "d")));
    }
}

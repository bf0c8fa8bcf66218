package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash soak, small: the pipeline runs as a separate process that is SIGKILLed and
 * restarted; every input must come out exactly once and the duplicate groups must equal a
 * crash-free pass. (The closing figures come from larger runs of {@code bin/newsstream soak}.)
 */
class SoakIT {
    private static final Pattern LAST_LINE = Pattern.compile(
            "inputs=(\\d+) enriched=(\\d+) duplicates=(\\d+) dlq=(\\d+) lost=(\\d+) duplicated=(\\d+)");

    @Test
    void nothingIsLostOrDuplicatedThroughKills(@TempDir Path dir) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = Main.execute("soak", "--articles", "150", "--kills", "2", "--seed", "7", "--heap", "1g",
                    "--data-dir", dir.toString(), "--set", "stream.threads=1");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8).strip();
        System.out.println(out);
        String[] lines = out.split("\n");
        Matcher last = LAST_LINE.matcher(lines[lines.length - 1]);
        assertTrue(last.matches(), "last line: " + lines[lines.length - 1]);
        assertEquals(150, Integer.parseInt(last.group(1)));
        assertEquals(0, Integer.parseInt(last.group(5)), "lost");
        assertEquals(0, Integer.parseInt(last.group(6)), "duplicated");
        assertTrue(Integer.parseInt(last.group(3)) > 10, "the generated near copies are caught");
        assertTrue(Integer.parseInt(last.group(4)) >= 1, "bad inputs reach the DLQ");
        assertTrue(out.contains("same_groups=true"), out);
        assertEquals(0, exit);
    }
}

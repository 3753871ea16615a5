package dev.docket.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class FigureTextTest {

    @Test
    void should_keep_whole_lines_and_say_how_many_were_left_out_when_over_the_limit() {
        List<String> lines = List.of("a".repeat(40), "b".repeat(40), "c".repeat(40), "d".repeat(40));

        String text = FigureText.fit(lines, 100);

        assertTrue(text.length() <= 100, text);
        assertTrue(text.startsWith("a".repeat(40) + "\n"), text);
        assertTrue(text.endsWith("more lines)"), text);
    }
}

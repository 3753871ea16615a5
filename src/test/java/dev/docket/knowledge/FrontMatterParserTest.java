package dev.docket.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void should_read_keys_and_body_offset_when_front_matter_is_present() throws Exception {
        String text = "---\ntitle: \"A title\"\nlanguage: de\n---\nBody text.";

        FrontMatterParser.Parsed parsed = parser.parse(text);

        assertEquals("A title", parsed.frontMatter().title());
        assertEquals("de", parsed.frontMatter().language());
        assertEquals("Body text.", text.substring(parsed.bodyStart()));
    }

    @Test
    void should_start_the_body_at_zero_when_there_is_no_front_matter() throws Exception {
        assertEquals(0, parser.parse("Just text.").bodyStart());
    }

    @Test
    void should_name_the_unknown_key_when_front_matter_has_a_typo() {
        UnreadableFileException error = assertThrows(
                UnreadableFileException.class, () -> parser.parse("---\ntitel: x\n---\nBody."));

        assertTrue(error.getMessage().contains("unknown key 'titel'"), error.getMessage());
    }

    @Test
    void should_say_the_yaml_is_invalid_when_front_matter_is_broken() {
        UnreadableFileException error = assertThrows(
                UnreadableFileException.class, () -> parser.parse("---\ntitle: [unclosed\n---\nBody."));

        assertTrue(error.getMessage().startsWith("front matter is not valid YAML"), error.getMessage());
    }
}

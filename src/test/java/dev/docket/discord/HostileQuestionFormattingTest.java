package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class HostileQuestionFormattingTest {

    private final AnswerFormatter formatter = new AnswerFormatter();

    @ParameterizedTest
    @ValueSource(strings = {
        "**Who** pays __what__? ~~nobody~~ ||spoiler||",
        "What did `the court` decide?```java",
        "> quoted # heading * list _ who pays?",
        "[click me](https://evil.example) who pays?"
    })
    void should_show_the_question_as_typed_when_it_holds_discord_markdown(String question) {
        MessageEmbed embed = formatter.embeds(refusal(question)).get(0);

        assertEquals(question, unescaped(embed.getTitle()));
        assertFalse(embed.getTitle().matches(".*(?<!\\\\)[*_~`|>\\[].*"), embed.getTitle());
    }

    @Test
    void should_defuse_everyone_and_here_in_the_title_when_the_question_holds_them() {
        String title = formatter.embeds(refusal("@everyone @here <@123456789> <@&987654321> who pays?")).get(0)
                .getTitle();

        assertFalse(title.contains("@everyone") || title.contains("@here"), title);
        assertTrue(unescaped(title).contains("<@123456789> <@&987654321> who pays?"), title);
    }

    @Test
    void should_stay_within_the_title_limit_when_escaping_lengthens_the_question() {
        String title = formatter.embeds(refusal("*".repeat(255))).get(0).getTitle();

        assertTrue(title.length() <= MessageEmbed.TITLE_MAX_LENGTH, String.valueOf(title.length()));
    }

    @Test
    void should_drop_mention_syntax_from_the_question_when_it_holds_mentions() {
        String question = QuestionIntake.withoutMentions(
                "<@123456789> <@!456> how much did <@&789> the outage <#101> cost @everyone @here");

        assertEquals("how much did   the outage   cost", question);
    }

    private static String unescaped(String title) {
        return title.replaceAll("\\\\(.)", "$1");
    }

    private static Answer refusal(String question) {
        return new Answer(question, "en", false, "The articles don't answer this question.", List.of(), "extractive",
                false, 3);
    }
}

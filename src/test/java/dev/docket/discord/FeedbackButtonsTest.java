package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FeedbackButtonsTest {

    @Test
    void should_read_back_the_question_ref_vote_and_language_from_the_custom_ids_it_writes() {
        String ref = "1234567890123456789";

        var buttons = FeedbackButtons.row(ref, "de").getComponents();

        String up = ((Button) buttons.get(0)).getCustomId();
        String down = ((Button) buttons.get(1)).getCustomId();
        assertTrue(up.length() <= 100 && down.length() <= 100);
        assertEquals(Optional.of(new FeedbackButtons.Vote(ref, true, "de")), FeedbackButtons.parse(up));
        assertEquals(Optional.of(new FeedbackButtons.Vote(ref, false, "de")), FeedbackButtons.parse(down));
        assertEquals("Hilfreich", ((Button) buttons.get(0)).getLabel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"other-bot:up:en:1", "docket-vote:sideways:en:1", "docket-vote:up:en:", "docket-vote:up"})
    void should_ignore_a_custom_id_that_is_not_a_vote(String customId) {
        assertEquals(Optional.empty(), FeedbackButtons.parse(customId));
    }
}

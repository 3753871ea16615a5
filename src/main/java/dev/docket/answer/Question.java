package dev.docket.answer;

/**
 * A question from any front end.
 *
 * @param languageHint a language the asker probably uses (a Discord locale), or null; the text decides first
 * @param channel where it came from ("cli", "discord", ...), for the question log
 */
public record Question(String text, String languageHint, String channel) {

    public static Question fromCli(String text) {
        return new Question(text, null, "cli");
    }
}

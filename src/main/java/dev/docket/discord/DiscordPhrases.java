package dev.docket.discord;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * What the bot says around answers (command descriptions, footers, refusals, help), in English, German or
 * French, from {@code discord/messages*.properties}. The answers themselves come from the answerer.
 */
final class DiscordPhrases {

    private static final String BUNDLE = "discord.messages";

    private DiscordPhrases() {}

    /** The language Docket writes to a Discord user: the locale's, when Docket has messages in it, else English. */
    static String language(DiscordLocale locale) {
        if (locale == null || locale == DiscordLocale.UNKNOWN) {
            return "en";
        }
        String language = Locale.forLanguageTag(locale.getLocale()).getLanguage();
        return spoken(language);
    }

    private static String spoken(String language) {
        boolean written = language != null && language.matches("[a-z]{2,3}") && DiscordPhrases.class.getClassLoader()
                .getResource("discord/messages_" + language + ".properties") != null;
        return written ? language : "en";
    }

    /** The language Docket writes for a language code (a conversation's, or a hint): German, French or English. */
    static String language(String language) {
        return "de".equals(language) || "fr".equals(language) ? language : "en";
    }

    /** The phrase {@code key} in {@code language} ("en" for any language Docket doesn't write). */
    static String say(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(spoken(language));
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A Discord locale that writes {@code language}, for phrases that take a locale. */
    static DiscordLocale localeOf(String language) {
        return switch (language(language)) {
            case "de" -> DiscordLocale.GERMAN;
            case "fr" -> DiscordLocale.FRENCH;
            default -> DiscordLocale.ENGLISH_US;
        };
    }

    static String say(DiscordLocale locale, String key, Object... arguments) {
        return say(language(locale), key, arguments);
    }
}

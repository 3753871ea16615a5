package dev.docket.answer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Fixed sentences Docket says, from {@code answer/phrases_<language>.properties}: Docket speaks a language when
 * that file exists, so a new language is a new file, not a code change.
 */
public final class Phrases {

    private static final String BUNDLE = "answer.phrases";

    /** The language Docket falls back to for questions in languages it doesn't write. */
    public static final String FALLBACK = "en";

    /** The languages Docket writes in; questions in others are answered in {@link #FALLBACK}. */
    public static boolean speaks(String language) {
        return language != null && language.matches("[a-z]{2,3}")
                && Phrases.class.getClassLoader().getResource("answer/phrases_" + language + ".properties") != null;
    }

    /**
     * The phrase {@code key} in {@code language} (English when Docket does not speak it), formatted with
     * {@link MessageFormat}: apostrophes in the files are written twice.
     */
    public static String say(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(speaks(language) ? language : FALLBACK);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private Phrases() {}
}

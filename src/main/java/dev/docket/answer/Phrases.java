package dev.docket.answer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Fixed sentences Docket says, in English, German or French, from {@code answer/phrases*.properties}. */
public final class Phrases {

    private static final String BUNDLE = "answer.phrases";

    /** The languages Docket writes in; questions in others are answered in English. */
    public static boolean speaks(String language) {
        return "en".equals(language) || "de".equals(language) || "fr".equals(language);
    }

    /**
     * The phrase {@code key} in {@code language} (English when Docket does not speak it), formatted with
     * {@link MessageFormat}: apostrophes in the files are written twice.
     */
    public static String say(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(speaks(language) ? language : "en");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private Phrases() {}
}

package dev.docket.language;

import java.util.Locale;

/**
 * The kind of answer a question asks for, from the phrases in {@code language/question-types.tsv}: a quantity for
 * "how many", a date for "when", a person for "who" (when it names a person's role: "who is X's lawyer"), a name
 * for "which ...", "where" and any other "who" (the thing of that sort the articles name: "which city" - "Lyon",
 * "who sued" - "Velora"); {@link #OTHER} when no phrase says.
 */
public enum QuestionKind {
    QUANTITY,
    DATE,
    PERSON,
    NAME,
    OTHER;

    /** The kind named in the data files ("quantity"). */
    public static QuestionKind named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("language/question-types.tsv: unknown kind '" + name
                    + "'; use quantity, date, person, name, other, thing (an other phrase that asks what) or naming"
                    + " (one that asks what something is called)", e);
        }
    }

    /** Whether the answer is a figure or a date, so sentences stating one are preferred. */
    public boolean asksForFigure() {
        return this == QUANTITY || this == DATE;
    }
}

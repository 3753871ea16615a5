package dev.docket.knowledge;

/**
 * How {@link Passage} and {@link Sentence} hold their text: either their own text, or their document's text and
 * the offset where theirs starts, cut out when asked. Static helpers, so a slice costs no object of its own.
 */
final class DocumentSlice {

    /** The {@code from} of a slice that holds its own text. */
    static final int OWN_TEXT = -1;

    private DocumentSlice() {}

    /** Checks that {@code start} to {@code end} lies inside {@code documentText}; {@code what} names the slice. */
    static void checkInside(String documentText, int start, int end, String what) {
        if (start < 0 || end < start || end > documentText.length()) {
            throw new IllegalArgumentException("a " + what + " from " + start + " to " + end
                    + " is outside a text of " + documentText.length() + " characters");
        }
    }

    /** The slice's text: {@code holder} itself, or {@code length} characters of it from {@code from}. */
    static String text(String holder, int from, int length) {
        return from == OWN_TEXT ? holder : holder.substring(from, from + length);
    }
}

package dev.docket.figures;

/**
 * A word, number, symbol or punctuation mark of a sentence. {@code start} and {@code end} are offsets into the
 * sentence; {@code folded} is the text lower-cased and folded per character, so it has the same length.
 */
record Token(int start, int end, String text, String folded, Type type) {

    enum Type {
        WORD,
        NUMBER,
        SYMBOL,
        PUNCTUATION
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean startsUpperCase() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}

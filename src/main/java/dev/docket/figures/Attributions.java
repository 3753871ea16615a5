package dev.docket.figures;

import java.util.List;

/**
 * Finds who a sentence says gives its figures: the words after a cue such as "according to", "laut", "selon",
 * "so der", or the name before (or, in German word order, after) a verb of saying such as "reports", "nennt",
 * "a déclaré". Returns token ranges; the caller keeps the exact text.
 */
final class Attributions {

    private static final int MAX_WORDS = 5;

    private final FigureLexicon lexicon;

    Attributions(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Token range [from, to) of the first speaker the sentence names, or null. */
    int[] find(List<Token> tokens, String language) {
        for (int i = 0; i < tokens.size(); i++) {
            FigureLexicon.Match follows = lexicon.match("speaker-follows", language, tokens, i);
            if (follows != null) {
                int[] speaker = following(tokens, language, i + follows.length());
                if (speaker != null) {
                    return speaker;
                }
            }
            FigureLexicon.Match verb = lexicon.match("speaker-verb", language, tokens, i);
            if (verb != null) {
                int[] speaker = beforeVerb(tokens, language, i);
                speaker = speaker != null ? speaker : capitalizedRun(tokens, i + verb.length());
                if (speaker != null) {
                    return speaker;
                }
            }
        }
        return null;
    }

    private int[] following(List<Token> tokens, String language, int at) {
        if (at >= tokens.size() || lexicon.isWord("not-speaker", language, tokens.get(at).folded())) {
            return null;
        }
        int end = at;
        while (end < tokens.size() && end - at < MAX_WORDS && isNameWord(tokens, end)
                && (end == at || !lexicon.isWord("stop", language, tokens.get(end).folded()))) {
            end++;
        }
        return end > at && !lexicon.isWord("stop", language, tokens.get(end - 1).folded()) ? new int[] {at, end}
                : null;
    }

    /** The name just before a verb of saying: "the agency reports", "Die Zeitung dagegen schreibt". */
    private int[] beforeVerb(List<Token> tokens, String language, int verb) {
        int end = verb;
        if (end > 0 && tokens.get(end - 1).text().equals(",")) {
            end--;
        }
        while (end > 0 && "de".equals(language) && verb - end < 2 && tokens.get(end - 1).isWord()
                && !tokens.get(end - 1).startsUpperCase() && !lexicon.isWord("stop", language, tokens.get(end - 1).folded())) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_WORDS && isNameWord(tokens, start - 1)
                && ("de".equals(language) ? tokens.get(start - 1).startsUpperCase()
                        : !lexicon.isWord("stop", language, tokens.get(start - 1).folded()))) {
            start--;
        }
        while (start < end && lexicon.isWord("stop", language, tokens.get(start).folded())) {
            start++;
        }
        return start < end ? new int[] {start, end} : null;
    }

    private static int[] capitalizedRun(List<Token> tokens, int at) {
        int end = at;
        while (end < tokens.size() && end - at < MAX_WORDS && tokens.get(end).isWord()
                && tokens.get(end).startsUpperCase()) {
            end++;
        }
        return end > at ? new int[] {at, end} : null;
    }

    private static boolean isNameWord(List<Token> tokens, int at) {
        return tokens.get(at).isWord() || tokens.get(at).text().equals("-") && at > 0
                && tokens.get(at).start() == tokens.get(at - 1).end();
    }
}

package dev.docket.knowledge;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document body into sentences (JDK {@link BreakIterator} for the document's locale) and packs whole
 * sentences of one paragraph into passages of about {@code passageChars}. Offsets always point into the text.
 */
final class PassageSplitter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\r?\\n");
    /**
     * A break after "19." (German dates), an initial ("Michael B.") or a title or short form written before a name
     * or number ("Dr. Anna Berg", "Prof.", "Nr. 4", "bzw.") is not the end of a sentence.
     */
    private static final Pattern FALSE_END = Pattern.compile(
            "(\\b\\d{1,2}\\.|\\b\\p{Lu}\\.|\\b(?:Dr|Prof|Mr|Mrs|Ms|Mme|Mlle|St|Nr|bzw|ca|vs)\\.)\\s*\\z");

    private final int passageChars;

    PassageSplitter(int passageChars) {
        this.passageChars = passageChars;
    }

    List<Passage> split(String text, int bodyStart, String language) {
        List<Passage> passages = new ArrayList<>();
        int paragraphStart = bodyStart;
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        breaks.region(bodyStart, text.length());
        while (breaks.find()) {
            pack(sentences(text, paragraphStart, breaks.start(), language), text, passages);
            paragraphStart = breaks.end();
        }
        pack(sentences(text, paragraphStart, text.length(), language), text, passages);
        return passages;
    }

    private List<Sentence> sentences(String text, int from, int to, String language) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        iterator.setText(text.substring(from, to));
        List<Sentence> sentences = new ArrayList<>();
        int pendingStart = -1;
        for (int start = iterator.first(), end = iterator.next();
                end != BreakIterator.DONE;
                start = end, end = iterator.next()) {
            int sentenceStart = pendingStart >= 0 ? pendingStart : start;
            String piece = text.substring(from + sentenceStart, from + end);
            if (FALSE_END.matcher(piece).find() && end < to - from) {
                pendingStart = sentenceStart;
                continue;
            }
            pendingStart = -1;
            addTrimmed(text, from + sentenceStart, from + end, sentences);
        }
        if (pendingStart >= 0) {
            addTrimmed(text, from + pendingStart, to, sentences);
        }
        return sentences;
    }

    private static void addTrimmed(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(Sentence.in(text, start, end));
        }
    }

    private void pack(List<Sentence> sentences, String text, List<Passage> passages) {
        List<Sentence> current = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!current.isEmpty() && sentence.end() - current.get(0).start() > passageChars) {
                passages.add(passage(current, text, passages.size()));
                current = new ArrayList<>();
            }
            current.add(sentence);
        }
        if (!current.isEmpty()) {
            passages.add(passage(current, text, passages.size()));
        }
    }

    private static Passage passage(List<Sentence> sentences, String text, int ordinal) {
        int start = sentences.get(0).start();
        int end = sentences.get(sentences.size() - 1).end();
        return Passage.in(text, ordinal, start, end, sentences);
    }
}

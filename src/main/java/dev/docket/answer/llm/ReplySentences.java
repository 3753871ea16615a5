package dev.docket.answer.llm;

import dev.docket.figures.FigureReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a model's reply into sentences with the citations that belong to them, the way chat models write:
 * {@code claim [1].}, {@code claim. [1]}, {@code [1][2]}, a citation alone on the next line, bullet and numbered
 * lists, quotes, headings, bold and italics. Markdown is blanked (same length), so figures read as plain text.
 * A period followed by a citation always ends a sentence; otherwise a period after a number is no sentence end
 * when a month, a number or a lower-case word follows ("3. März", "am 4. und"), nor after a short capitalised
 * abbreviation ("Mio. Euro", "Nr. 5").
 */
final class ReplySentences {

    /** One sentence of the reply, without markdown and citation markers, and the source numbers it cites. */
    record ReplySentence(String text, List<Integer> cited) {}

    private static final Pattern LINE_PREFIX = Pattern.compile("^\\s*(?:#{1,6}\\s+|>+\\s*|[-*+•]\\s+|\\d{1,2}[.)]\\s+)+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])|`");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*\\d{1,2}[.)]\\s+(\\p{L}+)");
    private static final int MAX_ABBREVIATION = 3;

    private final FigureReader reader;

    ReplySentences(FigureReader reader) {
        this.reader = reader;
    }

    List<ReplySentence> split(String reply) {
        List<ReplySentence> sentences = new ArrayList<>();
        for (String line : reply.split("\\R")) {
            String plain = EMPHASIS.matcher(withoutPrefix(line)).replaceAll(m -> " ".repeat(m.group().length()));
            if (plain.isBlank()) {
                continue;
            }
            if (GroundingCheck.MARKER.matcher(plain).replaceAll("").isBlank() && !sentences.isEmpty()) {
                ReplySentence last = sentences.remove(sentences.size() - 1);
                List<Integer> cited = new ArrayList<>(last.cited());
                cited.addAll(GroundingCheck.cited(plain));
                sentences.add(new ReplySentence(last.text(), cited));
                continue;
            }
            splitLine(plain, sentences);
        }
        return sentences;
    }

    private void splitLine(String line, List<ReplySentence> sentences) {
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (".!?".indexOf(line.charAt(i)) >= 0 && endsSentence(line, i)) {
                int end = afterMarkers(line, i + 1);
                add(line.substring(start, end), sentences);
                start = end;
                i = end - 1;
            }
        }
        add(line.substring(start), sentences);
    }

    private static void add(String sentence, List<ReplySentence> sentences) {
        if (!sentence.isBlank()) {
            sentences.add(new ReplySentence(GroundingCheck.MARKER.matcher(sentence).replaceAll(
                    m -> " ".repeat(m.group().length())), List.copyOf(GroundingCheck.cited(sentence))));
        }
    }

    private boolean endsSentence(String line, int at) {
        int next = at + 1;
        if (next < line.length() && !Character.isWhitespace(line.charAt(next)) && line.charAt(next) != '[') {
            return false;
        }
        String following = nextWord(line, next);
        if (following.isEmpty() || line.substring(next).strip().startsWith("[")) {
            return true;
        }
        if (line.charAt(at) == '.' && at > 0 && Character.isDigit(line.charAt(at - 1))) {
            return !reader.isMonth(following) && !Character.isLowerCase(following.codePointAt(0))
                    && !Character.isDigit(following.codePointAt(0));
        }
        String previous = previousWord(line, at);
        boolean abbreviation = line.charAt(at) == '.' && !previous.isEmpty() && previous.length() <= MAX_ABBREVIATION
                && Character.isUpperCase(previous.codePointAt(0));
        return !abbreviation && !Character.isLowerCase(following.codePointAt(0));
    }

    /** The index after the citation markers (and the spaces before them) that follow {@code at}. */
    private static int afterMarkers(String line, int at) {
        Matcher marker = GroundingCheck.MARKER.matcher(line);
        int end = at;
        while (true) {
            int next = end;
            while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
                next++;
            }
            if (!marker.find(next) || marker.start() != next) {
                return end;
            }
            end = marker.end();
        }
    }

    private static String nextWord(String line, int from) {
        String rest = GroundingCheck.MARKER.matcher(line.substring(from)).replaceAll("").strip();
        int end = 0;
        while (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 && !rest.isEmpty() ? rest.substring(0, 1) : rest.substring(0, end);
    }

    private static String previousWord(String line, int at) {
        int start = at;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start, at);
    }

    /** The line without list, quote and heading marks; a number before a month ("3. März") is kept. */
    private String withoutPrefix(String line) {
        Matcher number = LIST_NUMBER.matcher(line);
        if (number.find() && reader.isMonth(number.group(1))) {
            return line;
        }
        Matcher prefix = LINE_PREFIX.matcher(line);
        return prefix.find() ? " ".repeat(prefix.end()) + line.substring(prefix.end()) : line;
    }
}

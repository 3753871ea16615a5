package dev.docket.answer.llm;

import dev.docket.knowledge.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's reply against the sources it was given, before anyone sees it: every {@code [n]} names a given
 * source, the reply cites at least one, and every figure of a sentence is found (after {@link FigureNormalizer})
 * in a source that sentence cites, or in that source's title, outlet or date.
 */
final class GroundingCheck {

    /** A citation marker: {@code [1]}, {@code [1, 2]}; group 1 holds the numbers. */
    static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:\\s*[,;]\\s*\\d+)*)]");
    /** Sentence ends, but not the dot of a German ordinal date ("19. Juli") or after any digit. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\d\\.)\\s+|\\n+");
    private static final Pattern DAY_OF_DATE = Pattern.compile("date \\d{2}-(\\d{2})");

    private final FigureNormalizer normalizer;

    GroundingCheck(FigureNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    Grounding check(String reply, List<NumberedSource> sources) {
        if (reply == null || reply.isBlank()) {
            return Grounding.failed("the reply is empty");
        }
        Set<Integer> cited = cited(reply);
        if (cited.isEmpty()) {
            return Grounding.failed("the reply cites no source");
        }
        for (int n : cited) {
            if (n < 1 || n > sources.size()) {
                return Grounding.failed("the reply cites [" + n + "] but only " + sources.size()
                        + " sources were given");
            }
        }
        Map<Integer, List<Sentence>> sourceToSentences = new LinkedHashMap<>();
        for (String sentence : SENTENCE_END.split(reply)) {
            String problem = checkFigures(sentence, sources, sourceToSentences);
            if (problem != null) {
                return Grounding.failed(problem);
            }
        }
        return new Grounding(null, List.copyOf(cited), sourceToSentences);
    }

    /** The numbers the text cites, in order of first citation. */
    static Set<Integer> cited(String text) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            cited.addAll(numbers(matcher));
        }
        return cited;
    }

    /** The numbers of the marker {@code matcher} just found. */
    static List<Integer> numbers(Matcher marker) {
        List<Integer> numbers = new ArrayList<>();
        for (String number : marker.group(1).split("\\s*[,;]\\s*")) {
            numbers.add(Integer.parseInt(number));
        }
        return numbers;
    }

    /** Returns the problem with one sentence's figures, or null; notes which passage sentences state them. */
    private String checkFigures(
            String sentence, List<NumberedSource> sources, Map<Integer, List<Sentence>> sourceToSentences) {
        Set<Integer> cited = cited(sentence);
        for (NormalizedFigure figure : normalizer.figures(MARKER.matcher(sentence).replaceAll(" "))) {
            if (cited.isEmpty()) {
                return "figure '" + figure.text() + "' stands in a sentence without a citation";
            }
            boolean found = false;
            for (int n : cited) {
                NumberedSource source = sources.get(n - 1);
                if (keys(source.header() + "\n" + source.passage().text()).contains(figure.key())) {
                    found = true;
                    noteSentences(source, figure, sourceToSentences);
                }
            }
            if (!found) {
                return "figure '" + figure.text() + "' is not in the sources it cites " + cited;
            }
        }
        return null;
    }

    private void noteSentences(
            NumberedSource source, NormalizedFigure figure, Map<Integer, List<Sentence>> sourceToSentences) {
        List<Sentence> noted = sourceToSentences.computeIfAbsent(source.n(), n -> new ArrayList<>());
        for (Sentence sentence : source.passage().sentences()) {
            if (!noted.contains(sentence) && keys(sentence.text()).contains(figure.key())) {
                noted.add(sentence);
            }
        }
    }

    /** The figure keys of a text; a date also counts as its day alone ("on the 19th"). */
    private Set<String> keys(String text) {
        Set<String> keys = new HashSet<>();
        for (NormalizedFigure figure : normalizer.figures(text)) {
            keys.add(figure.key());
            Matcher day = DAY_OF_DATE.matcher(figure.key());
            if (day.matches()) {
                keys.add(String.valueOf(Integer.parseInt(day.group(1))));
            }
        }
        return keys;
    }
}

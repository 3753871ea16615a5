package dev.docket.answer.llm;

import dev.docket.figures.FigureKind;
import dev.docket.figures.FigureReader;
import dev.docket.figures.StatedFigure;
import dev.docket.knowledge.Sentence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's reply against the sources it was given, before anyone sees it: every {@code [n]} names a given
 * source, the reply cites at least one, and every figure of a sentence ({@link ReplySentences}) is stated by a
 * source that sentence cites (its passage, title, outlet or date), as {@link FigureReader} reads both: the same
 * number at the same scale, in the same currency or unit, or the same date; a date's year must be the one its
 * source states or its document's date implies. A number stated in another unit or currency is named as such.
 */
final class GroundingCheck {

    /** A citation marker: {@code [1]}, {@code [1, 2]}, {@code [1-3]}; group 1 holds the numbers. */
    static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:\\s*[,;\\-–]\\s*\\d+)*)]");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");
    /** A range "[1-40]" is read only this far, so a reply cannot make the check count to a billion. */
    private static final int MAX_RANGE = 50;

    private final FigureReader reader;
    private final ReplySentences sentences;

    GroundingCheck(FigureReader reader) {
        this.reader = reader;
        this.sentences = new ReplySentences(reader);
    }

    /** The verdict on {@code reply}, written in {@code language}, against {@code sources}. */
    Grounding check(String reply, String language, List<NumberedSource> sources) {
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
        Map<Integer, List<StatedFigure>> sourceToFigures = new HashMap<>();
        Map<Integer, List<Sentence>> sourceToSentences = new LinkedHashMap<>();
        for (ReplySentences.ReplySentence sentence : sentences.split(reply)) {
            for (StatedFigure figure : reader.read(sentence.text(), language, null)) {
                String problem = problem(figure, sentence.cited(), sources, sourceToFigures, sourceToSentences);
                if (problem != null) {
                    return Grounding.failed(problem);
                }
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

    /** The numbers of the marker {@code matcher} just found; "1-3" gives 1, 2, 3. */
    static List<Integer> numbers(Matcher marker) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : marker.group(1).split("\\s*[,;]\\s*")) {
            Matcher range = RANGE.matcher(part);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Math.min(Integer.parseInt(range.group(2)), from + MAX_RANGE);
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            } else {
                numbers.add(Integer.parseInt(part));
            }
        }
        return numbers;
    }

    /** Why {@code figure} is not grounded in the sources its sentence cites, or null; notes where it is stated. */
    private String problem(
            StatedFigure figure, List<Integer> cited, List<NumberedSource> sources,
            Map<Integer, List<StatedFigure>> sourceToFigures, Map<Integer, List<Sentence>> sourceToSentences) {
        if (figure.relative()) {
            return null;
        }
        if (cited.isEmpty()) {
            return "figure '" + figure.text() + "' stands in a sentence without a citation";
        }
        StatedFigure otherUnit = null;
        boolean found = false;
        for (int n : new LinkedHashSet<>(cited)) {
            NumberedSource source = sources.get(n - 1);
            for (StatedFigure stated : sourceToFigures.computeIfAbsent(n, key -> figuresOf(source))) {
                if (figure.kind() == FigureKind.DATE ? figure.sameDate(stated)
                        : figure.sameNumber(stated) || figure.dayOf(stated)) {
                    if (figure.unit() == null || stated.unit() == null || figure.unit().equals(stated.unit())) {
                        found = true;
                        note(source, stated, sourceToSentences);
                    } else {
                        otherUnit = stated;
                    }
                }
            }
        }
        if (found) {
            return null;
        }
        if (otherUnit != null) {
            return "figure '" + figure.text() + "' is in a different currency or unit than its source's '"
                    + otherUnit.text() + "' " + cited;
        }
        return "figure '" + figure.text() + "' is not in the sources it cites " + cited;
    }

    /** The figures of a source's header and passage; offsets past the header are offsets into the passage. */
    private List<StatedFigure> figuresOf(NumberedSource source) {
        String text = source.header() + "\n" + source.passage().text();
        return reader.read(text, source.document().language(), documentDate(source));
    }

    private static void note(
            NumberedSource source, StatedFigure stated, Map<Integer, List<Sentence>> sourceToSentences) {
        List<Sentence> noted = sourceToSentences.computeIfAbsent(source.n(), n -> new ArrayList<>());
        int offset = stated.start() - source.header().length() - 1 + source.passage().start();
        for (Sentence sentence : source.passage().sentences()) {
            if (sentence.start() <= offset && offset < sentence.end() && !noted.contains(sentence)) {
                noted.add(sentence);
            }
        }
    }

    private static LocalDate documentDate(NumberedSource source) {
        String date = source.document().date();
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

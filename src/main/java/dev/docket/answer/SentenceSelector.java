package dev.docket.answer;

import dev.docket.figures.FigureKind;
import dev.docket.figures.FigureReader;
import dev.docket.figures.StatedFigure;
import dev.docket.language.FollowUpWords;
import dev.docket.language.QuestionKind;
import dev.docket.retrieval.AnalyzedQuestion;
import dev.docket.retrieval.Retrieval;
import dev.docket.retrieval.ScoredSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sentences an extractive answer quotes: the best one, then others that score nearly as well and add
 * something (another source, or for "how many" and "when" questions another figure), skipping near-duplicates.
 */
final class SentenceSelector {

    private static final double CLOSE_ENOUGH = 0.8;
    private static final double CLOSE_ENOUGH_FOR_FIGURES = 0.7;
    private static final double DUPLICATE_OVERLAP = 0.7;
    private static final double SAME_LANGUAGE_ENOUGH = 0.8;
    /** How many sentences in the asker's language are read for the figure the best one states. */
    private static final int SAME_FIGURE_CANDIDATES = 3;

    private final int maxSentences;
    private final FigureReader figureReader;

    SentenceSelector(int maxSentences, FigureReader figureReader) {
        this.maxSentences = maxSentences;
        this.figureReader = figureReader;
    }

    /**
     * The chosen sentences, best first, and whether they give different figures from different sources.
     *
     * @param before the sentence right before the best one, quoted with it, when the best opens with a pronoun
     *     that stands for a party only the one before names ("Sie möchte den Markt übernehmen."); null otherwise
     */
    record Selection(List<ScoredSentence> sentences, boolean disagree, ScoredSentence before) {}

    Selection select(Retrieval retrieval) {
        List<ScoredSentence> ranked = retrieval.sentences();
        boolean figures = retrieval.question().kind().asksForFigure();
        ScoredSentence best = sameFigureInQuestionLanguage(
                totalFirst(inQuestionLanguage(ranked, retrieval.question()), ranked, retrieval.question()),
                ranked, retrieval.question());
        List<ScoredSentence> chosen = new ArrayList<>(List.of(best));
        ScoredSentence before = antecedent(best, ranked, retrieval.question());
        continuation(best, ranked, retrieval.question()).ifPresent(chosen::add);
        // Every other sentence, the best-ranked one too when a sentence in the asker's language leads instead.
        for (ScoredSentence candidate : ranked) {
            if (chosen.size() >= maxSentences) {
                break;
            }
            if (candidate == best || candidate == before) {
                continue;
            }
            double needed = best.score() * (figures ? CLOSE_ENOUGH_FOR_FIGURES : CLOSE_ENOUGH);
            if (candidate.score() >= needed && addsSomething(candidate, chosen, retrieval.question())) {
                chosen.add(candidate);
            }
        }
        return new Selection(chosen, figures && differentFigures(chosen), before);
    }

    /**
     * The sentence right before {@code best} in its passage when {@code best} opens with a pronoun or possessive that
     * stands for a party named before ({@code language/follow-up.tsv}, opens-after): quoted alone, "Sie möchte den
     * Markt übernehmen" doesn't say who; or, for a why-question, when {@code best} gives no reason but says it
     * follows from what came before (follows-from: "therefore", "deshalb", "donc"); null otherwise.
     */
    private static ScoredSentence antecedent(ScoredSentence best, List<ScoredSentence> ranked,
            AnalyzedQuestion question) {
        String text = best.sentence().sentence().text();
        boolean reasonBefore = question.asksReason() && !best.statesWhatIsAsked()
                && FollowUpWords.shipped().followsFromBefore(text);
        if (!reasonBefore && !FollowUpWords.shipped().opensAfterAntecedent(text)) {
            return null;
        }
        return ranked.stream().filter(candidate -> candidate.passageOrdinal() == best.passageOrdinal()
                && best.follows(candidate)).findFirst().orElse(null);
    }

    /**
     * The best sentence, or the best one in the question's language when it scores nearly as well (and, for a figure
     * or a date, states one of what is asked as precisely): people should read the answer in their language where
     * the articles allow it.
     */
    private static ScoredSentence inQuestionLanguage(List<ScoredSentence> ranked, AnalyzedQuestion question) {
        String language = question.language();
        ScoredSentence best = ranked.get(0);
        for (ScoredSentence candidate : ranked) {
            if (candidate.score() < best.score() * SAME_LANGUAGE_ENOUGH) {
                break;
            }
            boolean asGood = candidate.coverage() >= best.coverage() * SAME_LANGUAGE_ENOUGH
                    && (statesKind(candidate, question) || !statesKind(best, question))
                    && (candidate.statesWhatIsAsked() || !best.statesWhatIsAsked() || !question.kind().asksForFigure());
            if (candidate.document().language().equals(language) && asGood) {
                return candidate;
            }
        }
        return best;
    }

    /**
     * For a "how many / how much" question that names no period, a sentence stating a total rather than {@code best}
     * when {@code best} only states amounts per period ("millions a day") and the other scores nearly as well.
     */
    private ScoredSentence totalFirst(ScoredSentence best, List<ScoredSentence> ranked, AnalyzedQuestion question) {
        if (question.kind() != QuestionKind.QUANTITY || !onlyRates(best)
                || figureReader.namesPeriod(question.text(), question.language())) {
            return best;
        }
        for (ScoredSentence candidate : ranked) {
            if (candidate.score() < best.score() * CLOSE_ENOUGH_FOR_FIGURES) {
                break;
            }
            if (!amounts(candidate).isEmpty()) {
                return candidate;
            }
        }
        return best;
    }

    /**
     * For a question that asks for a figure or a date, a sentence in the question's language that states the same
     * figure as {@code best} in another language, when it scores nearly as well: the same fact, quoted in the
     * asker's language first ("40 Millionen Euro" before "€40 million" for a German question).
     */
    private ScoredSentence sameFigureInQuestionLanguage(
            ScoredSentence best, List<ScoredSentence> ranked, AnalyzedQuestion question) {
        String language = question.language();
        if (!question.kind().asksForFigure() || best.document().language().equals(language)) {
            return best;
        }
        List<StatedFigure> stated = figures(best);
        // The best few in the asker's language: the same fact, if they state it, ranks near the top, and a figure
        // read costs more than the rest of the choice.
        int read = 0;
        for (ScoredSentence candidate : ranked) {
            if (candidate.score() < best.score() * CLOSE_ENOUGH_FOR_FIGURES || read == SAME_FIGURE_CANDIDATES) {
                break;
            }
            if (candidate.document().language().equals(language) && statesKind(candidate, question)) {
                read++;
                if (statesOneOf(stated, candidate)) {
                    return candidate;
                }
            }
        }
        return best;
    }

    /** Whether the sentence states one of {@code stated}: the same number in the same unit, or the same date. */
    private boolean statesOneOf(List<StatedFigure> stated, ScoredSentence sentence) {
        return figures(sentence).stream().anyMatch(figure -> stated.stream().anyMatch(other ->
                (figure.sameNumber(other) && Objects.equals(figure.unit(), other.unit()))
                        || (figure.date() != null && figure.sameDate(other) && other.sameDate(figure))));
    }

    private List<StatedFigure> figures(ScoredSentence sentence) {
        return figureReader.read(sentence.sentence().sentence().text(), sentence.document().language(), null);
    }

    /** Whether the sentence states amounts per period ("a day") and no total: its figures read once. */
    private boolean onlyRates(ScoredSentence sentence) {
        String text = sentence.sentence().sentence().text();
        String language = sentence.document().language();
        List<StatedFigure> figures = figureReader.read(text, language, null).stream()
                .filter(figure -> figure.kind() != FigureKind.DATE).toList();
        return !figures.isEmpty() && figures.stream().allMatch(figure -> figureReader.isRate(text, figure, language));
    }

    /**
     * Whether a sentence states what a "how many", "when", "who" or "which" question asks for: a number, a date, a
     * person's name, a name the question doesn't use (any sentence for others).
     */
    private static boolean statesKind(ScoredSentence sentence, AnalyzedQuestion question) {
        return switch (question.kind()) {
            case QUANTITY -> sentence.sentence().hasNumber();
            case DATE -> statesDate(sentence, question);
            case PERSON -> sentence.sentence().namesPerson();
            case NAME -> sentence.sentence().namesOtherThan(question.sharedTerms());
            case OTHER -> true;
        };
    }

    /** A date, or for a question asking the time of day, a number: the ranking led with the sentence stating one. */
    private static boolean statesDate(ScoredSentence sentence, AnalyzedQuestion question) {
        return sentence.sentence().hasDate() || (question.asksClockTime() && sentence.sentence().hasNumber());
    }

    private static boolean addsSomething(
            ScoredSentence candidate, List<ScoredSentence> chosen, AnalyzedQuestion question) {
        QuestionKind kind = question.kind();
        for (ScoredSentence taken : chosen) {
            if (overlap(taken, candidate) >= DUPLICATE_OVERLAP) {
                return false;
            }
        }
        if (kind == QuestionKind.QUANTITY) {
            return candidate.sentence().hasNumber();
        }
        if (kind == QuestionKind.DATE) {
            return statesDate(candidate, question);
        }
        return chosen.stream().noneMatch(taken -> taken.document().source().equals(candidate.document().source()))
                || candidate.coverage() >= chosen.get(0).coverage()
                || candidate.follows(chosen.get(0));
    }

    /**
     * For a question that asks for no figure, date or person, the sentence right after a short {@code best} when it
     * opens by referring back to it ("... clause 7 of the policy. It covers ..."): it says what {@code best} only
     * names. For a why-question, the sentence right after a short {@code best} in any case, or after one that gives
     * no reason: such a sentence restates what is asked ("X holds the figures to be wrong.", "On 26 March the
     * authority fined it EUR 4 million."), and the reason follows.
     */
    private Optional<ScoredSentence> continuation(
            ScoredSentence best, List<ScoredSentence> ranked, AnalyzedQuestion question) {
        QuestionKind kind = question.kind();
        boolean restatesWhy = question.asksReason() && !best.statesWhatIsAsked();
        if (maxSentences < 2 || (kind != QuestionKind.OTHER && kind != QuestionKind.NAME)
                || (!best.isShort() && !restatesWhy)) {
            return Optional.empty();
        }
        return ranked.stream()
                .filter(candidate -> candidate.follows(best) && (question.asksReason()
                        || FollowUpQuestion.opensReferringBack(candidate.sentence().sentence().text())))
                .findFirst();
    }

    private static double overlap(ScoredSentence a, ScoredSentence b) {
        Set<String> first = a.sentence().sharedTerms();
        Set<String> second = b.sentence().sharedTerms();
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(first);
        common.retainAll(second);
        return (double) common.size() / Math.min(first.size(), second.size());
    }

    /**
     * Whether sentences from different sources state different amounts of the same kind and unit ("over 40" and
     * "nearly 60" buses; "€2 million" and "€3 million"). The same amount written differently ("€2 million",
     * "2 Millionen Euro", "two million euros") agrees, so does a vague amount with a figure inside it ("dozens of"
     * and "40"), and so do figures of different kinds in one answer (a cost, a count of buses, a number of days).
     */
    private boolean differentFigures(List<ScoredSentence> chosen) {
        List<List<StatedFigure>> stated = chosen.stream().map(this::amounts).toList();
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                if (!chosen.get(i).document().source().equals(chosen.get(j).document().source())
                        && disagree(stated.get(i), stated.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean disagree(List<StatedFigure> first, List<StatedFigure> second) {
        for (StatedFigure one : first) {
            for (StatedFigure other : second) {
                if (one.kind() == other.kind() && Objects.equals(one.unit(), other.unit())
                        && !one.sameNumber(other) && !inBand(one, other) && !inBand(other, one)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code band} is a vague amount ("dozens of") that {@code figure}'s value lies in ("40"). */
    private static boolean inBand(StatedFigure band, StatedFigure figure) {
        return band.value() == null && band.lower() != null && band.upper() != null && figure.value() != null
                && band.lower() <= figure.value() && figure.value() <= band.upper();
    }

    /** The totals a sentence states (no dates, no amounts per period), read by the one figure reader. */
    private List<StatedFigure> amounts(ScoredSentence sentence) {
        String text = sentence.sentence().sentence().text();
        String language = sentence.document().language();
        return figureReader.read(text, language, null).stream()
                .filter(figure -> figure.kind() != FigureKind.DATE && !figureReader.isRate(text, figure, language))
                .toList();
    }
}

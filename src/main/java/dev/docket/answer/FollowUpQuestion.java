package dev.docket.answer;

import dev.docket.language.LanguageLexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The question text given to retrieval for a follow-up. A follow-up that leans on an earlier question for its
 * subject ("and how much did it cost them?", "und was sagt X dazu?") gets the earlier question's words added, so
 * retrieval looks for the same subject; a follow-up that names its own subject is searched as typed. Whether a
 * question leans on an earlier one is read from language data ({@code language/follow-up.tsv}): a word that
 * refers back (a pronoun or pro-adverb), or an opening word that carries on ("and ...?"). Never from question text
 * written in code.
 */
public final class FollowUpQuestion {

    private static final String RESOURCE = "language/follow-up.tsv";
    private static final Words WORDS = Words.load();

    private FollowUpQuestion() {}

    /** What retrieval searches for {@code question}: its text, with the earlier subject carried in when it lacks one. */
    public static String retrievalText(Question question) {
        String subject = null;
        for (Turn turn : question.history()) {
            subject = subject != null && lacksSubject(turn.question()) ? turn.question() + " " + subject
                    : turn.question();
        }
        return subject != null && lacksSubject(question.text()) ? question.text() + " " + subject : question.text();
    }

    /** {@code answer} shown with the question as the user typed it, not the text retrieval searched. */
    public static Answer askedAs(Answer answer, String typed) {
        if (typed.equals(answer.question())) {
            return answer;
        }
        return new Answer(typed, answer.language(), answer.answered(), answer.text(), answer.citations(),
                answer.adapter(), answer.grounded(), answer.millis(), answer.figureSummary());
    }

    /** Whether {@code text} refers back to something said before, or opens by carrying on from it. */
    static boolean lacksSubject(String text) {
        String folded = LanguageLexicon.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        for (String opening : WORDS.continues()) {
            if (folded.equals(opening) || folded.startsWith(opening + " ")) {
                return true;
            }
        }
        return Arrays.stream(folded.split(" ")).anyMatch(WORDS.refersBack()::contains);
    }

    /** The words of {@code language/follow-up.tsv}, of every language: a question may mix them. */
    private record Words(Set<String> refersBack, List<String> continues) {

        static Words load() {
            InputStream in = FollowUpQuestion.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild the jar");
            }
            Set<String> refersBack = new HashSet<>();
            Set<String> continues = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t");
                    if (cells.length != 3 || !(cells[0].equals("refers-back") || cells[0].equals("continues"))) {
                        throw new IllegalStateException(RESOURCE + ": line '" + line + "' needs three tab-separated"
                                + " columns: refers-back or continues, a language, comma-separated forms");
                    }
                    for (String form : cells[2].split(",")) {
                        (cells[0].equals("refers-back") ? refersBack : continues).add(form.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " could not be read", e);
            }
            return new Words(Set.copyOf(refersBack), List.copyOf(continues));
        }
    }
}

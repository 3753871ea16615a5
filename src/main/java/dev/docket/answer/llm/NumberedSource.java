package dev.docket.answer.llm;

import dev.docket.answer.Citation;
import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import java.util.List;

/**
 * A retrieved passage as the model sees it: source {@code [n]} of the prompt.
 *
 * @param best the passage's best-ranked sentence, the snippet when the answer takes no figure from it
 */
record NumberedSource(int n, SourceDocument document, Passage passage, Sentence best) {

    /**
     * The citation for this source under number {@code number}: its snippet is exact text of the file, from the
     * first to the last of {@code sentences} (or the best sentence when that is empty).
     */
    Citation citation(int number, List<Sentence> sentences) {
        List<Sentence> quoted = sentences.isEmpty() ? List.of(best) : sentences;
        int start = quoted.stream().mapToInt(Sentence::start).min().orElseThrow();
        int end = quoted.stream().mapToInt(Sentence::end).max().orElseThrow();
        return new Citation(number, document.title(), document.outlet(), document.source(), document.url(),
                document.language(), document.text().substring(start, end), start, end);
    }

    /** What the prompt says about the source besides its text: title, outlet, date. */
    String header() {
        StringBuilder header = new StringBuilder("Title: ").append(document.title());
        if (document.outlet() != null) {
            header.append("\nOutlet: ").append(document.outlet());
        }
        if (document.date() != null) {
            header.append("\nDate: ").append(document.date());
        }
        return header.toString();
    }
}

package dev.docket.answer.llm;

import dev.docket.retrieval.Retrieval;
import dev.docket.retrieval.ScoredSentence;
import java.util.ArrayList;
import java.util.List;

/** Numbers the passages of the best retrieved sentences, best first, one source per passage. */
final class SourceNumbering {

    private final int maxSources;

    SourceNumbering(int maxSources) {
        this.maxSources = maxSources;
    }

    List<NumberedSource> number(Retrieval retrieval) {
        List<NumberedSource> sources = new ArrayList<>();
        for (ScoredSentence sentence : retrieval.bestSentencePerPassage(maxSources)) {
            sources.add(new NumberedSource(sources.size() + 1, sentence.document(), sentence.passage(),
                    sentence.sentence().sentence()));
        }
        return sources;
    }
}

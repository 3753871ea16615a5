package dev.docket.answer.llm;

import dev.docket.knowledge.Passage;
import dev.docket.retrieval.Retrieval;
import dev.docket.retrieval.ScoredSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Numbers the passages of the best retrieved sentences, best first, one source per passage. */
final class SourceNumbering {

    private final int maxSources;

    SourceNumbering(int maxSources) {
        this.maxSources = maxSources;
    }

    List<NumberedSource> number(Retrieval retrieval) {
        List<NumberedSource> sources = new ArrayList<>();
        Set<String> seenPassages = new HashSet<>();
        for (ScoredSentence sentence : retrieval.sentences()) {
            if (sources.size() >= maxSources) {
                break;
            }
            String passageKey = sentence.document().source() + "#" + sentence.passageOrdinal();
            if (seenPassages.add(passageKey)) {
                Passage passage = passageOf(sentence);
                sources.add(new NumberedSource(sources.size() + 1, sentence.document(), passage,
                        sentence.sentence().sentence()));
            }
        }
        return sources;
    }

    private static Passage passageOf(ScoredSentence sentence) {
        return sentence.document().passages().stream()
                .filter(passage -> passage.ordinal() == sentence.passageOrdinal())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(sentence.document().source() + ": passage "
                        + sentence.passageOrdinal() + " of a retrieved sentence is missing from its document"));
    }
}

package dev.docket.insight;

import dev.docket.language.LanguageLexicon;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups questions that ask the same thing in other words: the same words once case, accents and punctuation are
 * set aside, or embeddings (the same multilingual model that ranks passages) at least {@link #SAME_QUESTION} cosine
 * similar to the first question of a group. Greedy and in order of how often each wording was asked, so the most
 * asked wording names its group.
 */
final class SimilarQuestions {

    /**
     * Cosine similarity from which two questions count as the same question: rewordings of one question score
     * above it with this model, two questions about the same topic but asking different things mostly below.
     */
    static final double SAME_QUESTION = 0.86;

    private final EmbeddingModel model;

    SimilarQuestions(EmbeddingModel model) {
        this.model = model;
    }

    /** The groups of {@code asked} (each question as often as it was asked), most asked first. */
    List<StatsReport.UnansweredGroup> group(List<String> asked) {
        Map<String, List<String>> keyToWordings = new LinkedHashMap<>();
        for (String question : asked) {
            keyToWordings.computeIfAbsent(key(question), key -> new ArrayList<>()).add(question);
        }
        List<List<String>> wordings = new ArrayList<>(keyToWordings.values());
        wordings.sort((a, b) -> b.size() - a.size());
        List<Embedding> embeddings = embed(wordings.stream().map(list -> list.get(0)).toList());
        List<Integer> leaders = new ArrayList<>();
        List<List<List<String>>> groups = new ArrayList<>();
        for (int i = 0; i < wordings.size(); i++) {
            int group = -1;
            for (int g = 0; g < leaders.size() && group < 0; g++) {
                if (CosineSimilarity.between(embeddings.get(leaders.get(g)), embeddings.get(i)) >= SAME_QUESTION) {
                    group = g;
                }
            }
            if (group < 0) {
                leaders.add(i);
                groups.add(new ArrayList<>());
                group = groups.size() - 1;
            }
            groups.get(group).add(wordings.get(i));
        }
        List<StatsReport.UnansweredGroup> result = new ArrayList<>();
        for (List<List<String>> group : groups) {
            int count = group.stream().mapToInt(List::size).sum();
            result.add(new StatsReport.UnansweredGroup(group.get(0).get(0), count,
                    group.stream().map(list -> list.get(0)).toList()));
        }
        result.sort((a, b) -> b.count() - a.count());
        return result;
    }

    private List<Embedding> embed(List<String> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        return model.embedAll(questions.stream().map(TextSegment::from).toList()).content();
    }

    private static String key(String question) {
        return LanguageLexicon.fold(question).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

package dev.docket.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a question of an evaluation set is worded, so scores can be read per way of asking. The YAML value is
 * {@link #label()}.
 */
public enum QuestionStyle {
    /** In the articles' own register: a full, correctly spelled question. */
    FORMAL("formal", true),
    /** No content word shared with the answering sentence, names aside. */
    PARAPHRASE("paraphrase", true),
    /** Lowercase, no question mark, five words or fewer, chat abbreviations. */
    CASUAL("casual", true),
    /** Realistic misspellings: swapped or missing letters, missing accents or umlauts, phonetic spelling. */
    TYPO("typo", true),
    /** The fact is only in articles of another language than the question. */
    CROSS_LINGUAL("cross-lingual", true),
    /** Close to the case (another airline or company, a later event, an undisclosed personal detail), unanswered. */
    NEAR_TOPIC_UNANSWERABLE("near-topic", false),
    /** Nothing to do with the case: weather, recipes, sports. */
    OFF_TOPIC_UNANSWERABLE("off-topic", false);

    private final String label;
    private final boolean answerable;

    QuestionStyle(String label, boolean answerable) {
        this.label = label;
        this.answerable = answerable;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Whether questions of this style can have an answer; the unanswerable styles must not. */
    public boolean answerable() {
        return answerable;
    }

    @JsonCreator
    public static QuestionStyle ofLabel(String label) {
        return Arrays.stream(values())
                .filter(style -> style.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown style '" + label + "'; use one of "
                        + Arrays.stream(values()).map(QuestionStyle::label).collect(Collectors.joining(", "))));
    }
}

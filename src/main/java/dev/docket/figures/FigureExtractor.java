package dev.docket.figures;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every figure and date of every sentence of a document, with its counted noun, its speaker and exact
 * offsets. A bare number ("737" in "Boeing 737") is kept only when a counted noun follows it and it does
 * not continue a name.
 */
public final class FigureExtractor {

    private static final Logger log = LoggerFactory.getLogger(FigureExtractor.class);

    private final Tokenizer tokenizer = new Tokenizer();
    private final DateReader dates;
    private final QuantityReader quantities;
    private final CountedNouns nouns;
    private final Attributions attributions;

    public FigureExtractor(FigureLexicon lexicon) {
        this.dates = new DateReader(lexicon);
        this.quantities = new QuantityReader(lexicon);
        this.nouns = new CountedNouns(lexicon);
        this.attributions = new Attributions(lexicon);
    }

    /** The figures of all documents, in document and sentence order. */
    public List<Figure> extractAll(List<SourceDocument> documents) {
        List<Figure> figures = new ArrayList<>();
        documents.forEach(document -> figures.addAll(extract(document)));
        return figures;
    }

    public List<Figure> extract(SourceDocument document) {
        LocalDate documentDate = documentDate(document);
        List<Figure> figures = new ArrayList<>();
        for (Passage passage : document.passages()) {
            for (Sentence sentence : passage.sentences()) {
                figures.addAll(extract(document, passage.ordinal(), sentence, documentDate));
            }
        }
        return figures;
    }

    private List<Figure> extract(SourceDocument document, int passage, Sentence sentence, LocalDate documentDate) {
        String language = document.language();
        List<Token> tokens = tokenizer.tokens(sentence.text());
        boolean[] taken = new boolean[tokens.size()];
        List<Quantity> found = new ArrayList<>(dates.read(tokens, language, documentDate, taken));
        found.addAll(quantities.read(tokens, language, taken));
        int[] speaker = found.isEmpty() ? null : attributions.find(tokens, language);
        List<Figure> figures = new ArrayList<>();
        for (Quantity quantity : found) {
            int[] noun = nouns.find(tokens, language, quantity);
            if (isBareNumber(quantity, tokens) && (noun == null || noun[0] != quantity.to() || continuesName(
                    tokens, quantity.from()))) {
                continue;
            }
            figures.add(figure(document, passage, sentence, tokens, quantity, noun,
                    quantity.kind() == FigureKind.DATE ? null : speaker));
        }
        figures.sort(java.util.Comparator.comparingInt(Figure::start));
        return figures;
    }

    private static boolean isBareNumber(Quantity quantity, List<Token> tokens) {
        return quantity.kind() == FigureKind.COUNT && quantity.qualifier() == null
                && quantity.to() - quantity.from() == 1;
    }

    private static boolean continuesName(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at - 1).isWord() && tokens.get(at - 1).startsUpperCase();
    }

    private static Figure figure(
            SourceDocument document, int passage, Sentence sentence, List<Token> tokens, Quantity quantity,
            int[] noun, int[] speaker) {
        int start = sentence.start() + tokens.get(quantity.from()).start();
        int end = sentence.start() + tokens.get(quantity.to() - 1).end();
        return new Figure(document.source(), document.language(), document.outlet(), passage, sentence.start(),
                sentence.end(), sentence.text(), start, end, document.text().substring(start, end), quantity.kind(),
                quantity.value(), quantity.lower(), quantity.upper(), quantity.unit(), quantity.qualifier(),
                span(sentence, tokens, noun), span(sentence, tokens, speaker), quantity.date());
    }

    private static String span(Sentence sentence, List<Token> tokens, int[] range) {
        return range == null ? null
                : sentence.text().substring(tokens.get(range[0]).start(), tokens.get(range[1] - 1).end());
    }

    private static LocalDate documentDate(SourceDocument document) {
        if (document.date() == null) {
            return null;
        }
        try {
            return LocalDate.parse(document.date().strip());
        } catch (DateTimeParseException e) {
            log.warn("{}: front-matter date '{}' is not YYYY-MM-DD; its relative dates stay unresolved",
                    document.source(), document.date());
            return null;
        }
    }
}

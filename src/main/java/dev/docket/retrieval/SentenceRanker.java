package dev.docket.retrieval;

import dev.docket.knowledge.SourceDocument;
import dev.docket.language.FollowUpWords;
import dev.docket.language.QuestionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the sentences of the best passages and decides answerability. A sentence scores by how much of the
 * question's weight (inverse sentence frequency) it and its passage cover, its passage's fused rank and embedding
 * similarity, whether it states the kind of fact asked for (a number for "how many", a date for "when"), and
 * whether it is in the question's language. The question is answerable when some sentence covers enough of it,
 * or a passage is very similar to it.
 */
final class SentenceRanker {

    private static final Logger log = LoggerFactory.getLogger(SentenceRanker.class);

    private static final double SENTENCE_WEIGHT = 0.7;
    /**
     * How much of the coverage the sentence before adds to one that opens with a word standing for what it names:
     * the pronoun stands for one thing that sentence names, not for all it says.
     */
    private static final double ANTECEDENT_WEIGHT = 0.5;
    private static final double KIND_BONUS = 0.25;
    private static final double LANGUAGE_BONUS = 0.15;
    /** As much as the kind asked for and the asker's language together: a quoted figure is that specific. */
    private static final double NUMBER_BONUS = 0.4;
    private static final int MIN_SENTENCE_CHARS = 30;
    private static final int SUPPORTING_SENTENCES = 8;
    /** A document's date as its front matter writes it, ISO: "2026-01-20". */
    private static final Pattern DOCUMENT_DATE = Pattern.compile("\\d{4}-(\\d{1,2})-(\\d{1,2})");
    /** A sentence's day as {@link IndexedSentence#dates()} holds it: "m07-19", "m06-4" (no leading zero). */
    private static final Pattern SENTENCE_DATE = Pattern.compile("m(\\d{1,2})-(\\d{1,2})");
    private static final int DAYS_OF_A_YEAR = 12 * 31;
    private static final int HALF_A_YEAR = DAYS_OF_A_YEAR / 2;
    /** How many words after "other" the kind asked about may stand ("other brands'", "d'autres chocolatiers"). */
    private static final int OTHERS_WITHIN = 2;
    /** How many first letters of a kind the lexicon doesn't know stand for it ("chocolatiers": "choco"). */
    private static final int KIND_PREFIX = 5;
    private static final double KIND_LEAD_SHARE = 0.5;
    /** A number with a percent sign: a percentage, as the unit "percent" is. */
    private static final Pattern PERCENTAGE = Pattern.compile("\\d[\\s\\u00A0\\u202F]?%");
    /** Added to the kind bonus when a sentence counts what a "how many" question asks about. */
    private static final double COUNTED_BONUS = 0.25;
    /** How near the role of a question that names nobody its owner's description stands ("the payments firm's lawyer"). */
    private static final int DESCRIBED_WITHIN = 2;
    /** How much a question's concept counts when a sentence states a concept of its family instead. */
    private static final double RELATED_WEIGHT = 0.7;

    private final KnowledgeIndex index;
    private final AnalyzedQuestion question;
    private final Answerability answerability;
    private final ConceptVectors concepts;
    private final FieldAnalyzers analyzers;
    private final double questionWeight;
    /**
     * The question's first concept that is no form of an answer: what a "which" question asks for ("which company"),
     * and what a "how many" question counts when it counts no word it reads; or null.
     */
    private final String countedConcept;
    /** The unit a "how many" question measures in ("how many days": "day"), or null. */
    private final String askedUnit;
    /**
     * A "how much" question about money ("how much did they lose", "wie viel Geld"), or one that counts no word it
     * reads and names no unit ("how much are resellers asking for the seats", "les pirates voulaient combien"; {@link
     * dev.docket.language.LanguageLexicon#asksAmount}): a sum in a currency answers it.
     */
    private final boolean asksMoney;
    /**
     * A question about money that asks for a sum someone claims ("how much do they want", "wie viel will Velora":
     * {@link dev.docket.language.LanguageLexicon#asksClaimedSum}): a sentence stating the sum as claimed leads.
     */
    private final boolean asksClaimedSum;
    /**
     * A "when" question that names nothing but the time ("when did it happen", "wann war das genau"): it asks for the
     * day of the event the articles are about, the day the most of them state ({@link
     * KnowledgeIndex#mostStatedDate()}).
     */
    private final boolean asksTheCaseDate;
    /**
     * A "how long" question whose words name nothing the articles state ("how long did it last"): it asks for the
     * span of time the most documents measure ({@link KnowledgeIndex#mostStatedDuration()}).
     */
    private final boolean asksTheCaseDuration;
    /** A "how long" question that names no unit: a measure of time answers it. */
    private final boolean asksDuration;
    /**
     * A "when" question in the future tense ("when will the court rule", "quand rouvrira-t-elle"): it asks for a day
     * still to come when the articles were written, so only a sentence stating a day on or after its article's date
     * answers it; the day something began or was filed does not.
     */
    private final boolean asksFutureDate;
    /** A "since when" question: a year alone dates what it asks ("seit wann": "seit 1998"). */
    private final boolean asksSince;
    /** The numbers the question quotes ("which depot counted 1,200 delays": "1200"). */
    private final List<String> askedNumbers;
    /** The concept a question asks others of ("~club" in "did other clubs sue"), or null. */
    private final String askedOthers;
    /** The role a "who" question names ("~lawyer"), or null. */
    private final String askedRole;
    /** For each general concept a count asks about, the specific ones it may be counted as (see {@link #countsAs}). */
    private final Map<String, Set<String>> specificsOf = new HashMap<>();
    /** The name the asked role belongs to (see {@link #nearestWordTo}), or null. */
    private final String askedRoleOwner;
    /** The terms of the whole name the asked role belongs to ("SV Velora": "sv", "velor"), or empty. */
    private final Set<String> askedRoleOwnerName;
    /**
     * Whether the question asks what a party said and nothing else ("was sagt Velora dazu", "what does the mayor
     * say"): its terms are names, roles, kinds of organisation, words of no subject and words the articles never use
     * ("btw"). One that also names a topic
     * ("what did the mayor say about the losses") is answered by the sentence about the topic.
     */
    private final boolean asksPartyStatement;
    /** The question's names, whose speech a question asking what a party said wants; empty for any other question. */
    private final Set<String> askedNames;

    SentenceRanker(KnowledgeIndex index, AnalyzedQuestion question, Answerability answerability,
            ConceptVectors concepts, FieldAnalyzers analyzers) {
        this.concepts = concepts;
        this.analyzers = analyzers;
        this.index = index;
        this.question = question;
        this.answerability = answerability;
        this.questionWeight = question.sharedTerms().stream().mapToDouble(index::idf).sum();
        this.countedConcept = analyzers.firstSubjectConcept(question.sharedTerms());
        this.askedNumbers = question.sharedTerms().stream()
                .filter(term -> term.chars().allMatch(Character::isDigit)).toList();
        this.askedUnit = question.countedUnit();
        this.asksDuration = askedUnit == null && question.kind() == QuestionKind.QUANTITY
                && analyzers.lexicon().asksDuration(question.text());
        this.asksSince = question.kind() == QuestionKind.DATE && analyzers.lexicon().asksSince(question.text());
        this.asksFutureDate = question.kind() == QuestionKind.DATE && !question.asksClockTime() && !asksSince
                && analyzers.lexicon().asksFuture(question.text(), question.language());
        this.asksMoney = askedUnit == null && !asksDuration && question.kind() == QuestionKind.QUANTITY
                && !countsOtherThanMoney(question, analyzers)
                && (question.sharedTerms().stream().anyMatch(analyzers::namesMoney)
                        || analyzers.mentionsMoney(question.text())
                        || (question.countedTerms().isEmpty() && analyzers.lexicon().asksAmount(question.text())));
        // The words, not only the terms: a stop-word list drops "wollen" and "will" ("wie viel wollen sie").
        this.asksClaimedSum = asksMoney && analyzers.wordSequence(question.text()).stream()
                .anyMatch(word -> analyzers.lexicon().asksClaimedSum(question.language(), word));
        this.asksTheCaseDate = question.kind() == QuestionKind.DATE && !question.asksClockTime()
                && index.mostStatedDate() != null
                && question.unknownNames().isEmpty()
                && question.sharedTerms().stream().allMatch(analyzers::namesNoSubject);
        // Words the articles never use ("stp", "insg", "Loch gestopft") name nothing they measure either.
        this.asksTheCaseDuration = asksDuration && index.mostStatedDuration() != null
                && question.unknownNames().isEmpty()
                && question.sharedTerms().stream().allMatch(term -> analyzers.namesNoSubject(term)
                        || !index.isKnown(term));
        this.askedRole = question.sharedTerms().stream().filter(analyzers::namesPersonRole).findFirst().orElse(null);
        this.askedRoleOwner = askedRole == null ? null : roleOwner(askedRole, question.sharedTerms(), index);
        this.askedRoleOwnerName = wholeName(askedRoleOwner, question.sharedTerms(), index);
        this.askedOthers = askedOthers(question.text());
        this.asksPartyStatement = question.asksStatement() && question.sharedTerms().stream()
                .allMatch(term -> isName(term, index) || !index.isKnown(term) || analyzers.namesNoSubject(term)
                        || analyzers.namesPersonRole(term) || analyzers.namesOrganisationKind(term));
        this.askedNames = !asksPartyStatement ? Set.of() : question.sharedTerms().stream()
                .filter(term -> isName(term, index)).collect(Collectors.toSet());
    }

    /**
     * What the question asks about, for retrieval to read the passages that state it: the role a who-question names
     * ("who is X's lawyer": "~lawyer"), or the first concept of a which-question ("which company ...": "~company");
     * null for other questions.
     */
    String askedAbout() {
        return switch (question.kind()) {
            case PERSON -> askedRole;
            case NAME -> countedConcept;
            default -> null;
        };
    }

    /**
     * What a "how many" question counts, for retrieval to read the passages that count it ("how many nurses
     * resigned": "~nurse"): its first counted term that is no sum of money; null for other questions.
     */
    String askedCount() {
        return question.kind() != QuestionKind.QUANTITY ? null : question.countedTerms().stream()
                .filter(term -> !analyzers.namesMoney(term) && !analyzers.namesAnswerForm(term))
                .findFirst().orElse(null);
    }

    /**
     * Whose role a question asks about: the name nearest the role ({@link #nearestWordTo}), or, when the question
     * names nobody, the name its kinds of organisation describe ("who runs the airline": the name the articles call
     * the airline, {@link KnowledgeIndex#nameDescribedBy}), or failing that the concepts within {@value
     * #DESCRIBED_WITHIN} terms of the role ("the head of the payments firm"); null when neither.
     */
    private String roleOwner(String role, Set<String> terms, KnowledgeIndex index) {
        String named = nearestWordTo(role, terms, index);
        if (named != null) {
            return named;
        }
        List<String> sequence = new ArrayList<>(terms);
        String byKind = index.nameDescribedBy(sequence.stream()
                .filter(term -> analyzers.namesOrganisationKind(term) && !analyzers.isOrRelated(term, role)).toList());
        if (byKind != null) {
            return byKind;
        }
        int at = sequence.indexOf(role);
        return index.nameDescribedBy(sequence.subList(Math.max(0, at - DESCRIBED_WITHIN),
                        Math.min(sequence.size(), at + 1 + DESCRIBED_WITHIN)).stream()
                .filter(term -> term.startsWith("~") && !analyzers.isOrRelated(term, role)
                        && !analyzers.namesPersonRole(term))
                .toList());
    }

    /** Whether a question's term is a word the knowledge writes as a name: no concept, no number. */
    private static boolean isName(String term, KnowledgeIndex index) {
        return !term.startsWith("~") && term.chars().noneMatch(Character::isDigit) && index.isNameTerm(term);
    }

    /**
     * The terms of the name {@code owner} is part of: it and the name terms next to it in the question ("SV Velora":
     * "sv", "velor"), since the articles may pair either with a role; empty for no owner.
     */
    private static Set<String> wholeName(String owner, Set<String> terms, KnowledgeIndex index) {
        if (owner == null) {
            return Set.of();
        }
        List<String> sequence = new ArrayList<>(terms);
        int at = sequence.indexOf(owner);
        if (at < 0) {
            return Set.of(owner);
        }
        int from = at;
        while (from > 0 && isName(sequence.get(from - 1), index)) {
            from--;
        }
        int to = at + 1;
        while (to < sequence.size() && isName(sequence.get(to), index)) {
            to++;
        }
        return Set.copyOf(sequence.subList(from, to));
    }

    /**
     * The term that the knowledge writes as a name nearest to {@code role} in {@code terms}, the earlier on a tie:
     * whose role
     * a question asks about when it names several parties ("the lawyers representing Velora against Quillix":
     * Velora), or null.
     */
    private static String nearestWordTo(String role, Set<String> terms, KnowledgeIndex index) {
        List<String> sequence = new ArrayList<>(terms);
        int at = sequence.indexOf(role);
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < sequence.size(); i++) {
            String term = sequence.get(i);
            if (isName(term, index) && Math.abs(i - at) < distance) {
                nearest = term;
                distance = Math.abs(i - at);
            }
        }
        return nearest;
    }

    Retrieval rank(List<Integer> passageIds, Map<Integer, Double> fused) {
        double topFused = passageIds.stream().mapToDouble(id -> fused.getOrDefault(id, 0d)).max().orElse(1);
        List<ScoredSentence> sentences = new ArrayList<>();
        double bestCoverage = 0;
        double bestSimilarity = 0;
        boolean kindFound = false;
        boolean subjectShared = false;
        Map<ScoredSentence, IndexedPassage> sentenceToPassage = new HashMap<>();
        for (int id : passageIds) {
            IndexedPassage passage = index.passages().get(id);
            double similarity = similarity(passage.vector());
            double passageCoverage = coverage(passage.sharedTerms());
            subjectShared = subjectShared || sharesSubject(passage.sharedTerms());
            double rank = fused.getOrDefault(id, 0d) / topFused;
            IndexedSentence previous = null;
            for (IndexedSentence sentence : passage.sentences()) {
                double coverage = SENTENCE_WEIGHT * sentenceCoverage(sentence, previous)
                        + (1 - SENTENCE_WEIGHT) * passageCoverage;
                previous = sentence;
                double sentenceSimilarity = similarity(sentence.vector(), sentence.glossVector());
                if (fitsKind(sentence) && datesWhenAsked(sentence, passage.document())) {
                    kindFound = true;
                    bestCoverage = Math.max(bestCoverage, coverage);
                    bestSimilarity = Math.max(bestSimilarity, Math.max(similarity, sentenceSimilarity));
                }
                boolean statesWhatIsAsked = statesWhatIsAsked(sentence, passage.document().language());
                double kindBonus = kindBonus(sentence, statesWhatIsAsked);
                double score = coverage + 0.35 * rank + 0.5 * Math.max(similarity, sentenceSimilarity)
                        + kindBonus + quotesAskedNumbers(sentence)
                        + (passage.document().language().equals(question.language()) ? LANGUAGE_BONUS : 0)
                        - (sentence.sentence().text().length() < MIN_SENTENCE_CHARS ? 0.5 : 0);
                ScoredSentence scored = new ScoredSentence(
                        passage.document(), passage.passage().ordinal(), sentence, coverage, score,
                        statesWhatIsAsked);
                sentences.add(scored);
                sentenceToPassage.put(scored, passage);
            }
        }
        sentences.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        leadWithTheKindAsked(sentences);
        ScoredSentence top = sentences.isEmpty() ? null : sentences.get(0);
        List<String> unknownConcepts = unknownConcepts();
        double countSupport = countSupport(sentences);
        AnswerEvidence evidence = new AnswerEvidence(bestSimilarity, bestCoverage,
                top == null ? 0 : top.coverage(), top == null ? 0 : similarity(top.sentence().vector(), top.sentence().glossVector()), unknownShare(), List.copyOf(question.unknownWords()),
                List.copyOf(question.unknownNames()), unknownConcepts,
                qualifyWhatIsAsked(unknownConcepts, sentences, countSupport) ? 1
                        : conceptSupport(unknownConcepts, sentences, sentenceToPassage),
                kindFound, countSupport, question.kind() != QuestionKind.OTHER, othersStated(sentences),
                (asksTheCaseDate || asksTheCaseDuration) && top != null && top.statesWhatIsAsked(), subjectShared,
                question.kind() == QuestionKind.NAME || question.kind() == QuestionKind.PERSON);
        boolean answerable = answerability.answerable(evidence);
        boolean relevant = answerability.relevant(evidence);
        if (log.isDebugEnabled()) {
            log.debug("answerability of '{}' ({} {}, read as '{}'): {} -> answerable {}, relevant {} counted " + question.countedTerms() + " " + countedConcept
                    + (askedRole == null ? "" : ", role " + askedRole + " of " + askedRoleOwner)
                    + (askedOthers == null ? "" : ", others of " + askedOthers)
                    + (asksTheCaseDuration ? ", the span most measured " + index.mostStatedDuration() : ""),
                    question.text(), question.language(), question.kind(), question.searchText(), evidence,
                    answerable, relevant);
            sentences.stream().limit(log.isTraceEnabled() ? 30 : 5).forEach(s -> log.debug("  {} cov {} {} sim {} {} {}", s.score(), s.coverage(), s.sentence().countedTerms(),
                    UnitVector.dot(question.vector(), s.sentence().vector()), s.document().source(), s.sentence().sentence().text()));
        }
        return new Retrieval(question, index, sentences, answerable, relevant, evidence);
    }

    /**
     * How close what the knowledge counts comes to what a "how many" question counts: 1 when some sentence counts
     * it or a near-synonym, else the highest similarity to a concept some sentence counts; for a word of no
     * concept ("how many Velora buses": "velor"), 1 when some sentence counts it, else 0; 1 for other questions,
     * and for a question about money that counts nothing else, which a sum in a currency answers ("combien de
     * fric Velora veut récupérer"; not "how many bags were lost"); 0 for a "how much" question about a particular
     * kind of sum that none of the best sentences states ({@link #statesTheSumAsked}).
     */
    private double countSupport(List<ScoredSentence> ranked) {
        if (!statesTheSumAsked(ranked)) {
            return 0;
        }
        ScoredSentence top = ranked.isEmpty() ? null : ranked.get(0);
        if (asksMoney && question.countedTerms().stream()
                .allMatch(term -> isName(term, index) || analyzers.namesMoney(term))) {
            return 1;
        }
        if (top != null && countsWhatIsDone(top.sentence())) {
            return 1;
        }
        return question.countedTerms().stream()
                .mapToDouble(term -> !term.startsWith("~") ? (index.countedTerms().contains(term) ? 1 : 0)
                        : countsAs(index.countedTerms(), term) ? 1
                        : concepts.support(term, index.countedConcepts()))
                .max().orElse(1);
    }

    /**
     * Whether, for a "how much" question about a particular kind of sum ("wie viel Umsatz macht X", "how much was X
     * fined": its first concept that is no form of an answer is a particular sum of {@code
     * language/money-concepts.tsv}), one of the best sentences states a sum in a currency and that kind, or one of
     * its family, and, unless the question asks about a loss, does not state it as lost ("lost revenue": {@link
     * #statesLoss}); true for any other question. The articles' other sums (a loss, a claim) answer no such question.
     */
    private boolean statesTheSumAsked(List<ScoredSentence> ranked) {
        if (!asksMoney || countedConcept == null
                || !analyzers.lexicon().isParticularSum(countedConcept.substring(1))) {
            return true;
        }
        boolean asksLoss = statesLoss(question.sharedTerms());
        return ranked.stream().limit(SUPPORTING_SENTENCES).map(ScoredSentence::sentence).anyMatch(sentence ->
                sentence.statesMoney() && analyzers.holdsOrRelated(sentence.sharedTerms(), countedConcept)
                        && (asksLoss || !statesLoss(sentence.sharedTerms())));
    }

    /** Whether {@code terms} hold a concept that says a sum was lost ("~lose": {@code money-concepts.tsv}, lost). */
    private boolean statesLoss(Set<String> terms) {
        return terms.stream().anyMatch(term -> term.startsWith("~")
                && analyzers.lexicon().isLostSum(term.substring(1)));
    }

    /**
     * Whether the best sentence counts what the counted ones of a "how many" question do, named as a thing, and
     * speaks of them: "how many drivers complained" answered by "5,300 complaints, many from motorists".
     */
    private boolean countsWhatIsDone(IndexedSentence best) {
        return !question.countedTerms().isEmpty()
                && question.countedTerms().stream().allMatch(term -> analyzers.holdsOrRelated(best.sharedTerms(), term))
                && question.sharedTerms().stream()
                        .anyMatch(term -> term.startsWith("~") && !question.countedTerms().contains(term)
                                && analyzers.namesSubject(term) && best.countedTerms().contains(term));
    }

    /**
     * For a question about others of a kind ("were other clubs fined too", "andere Kunden"; {@link #askedOthers}),
     * whether one of the best sentences names another of that kind than the question's names and the parties the
     * articles keep describing by a kind ({@link KnowledgeIndex#isDescribedName}), or itself speaks of others of it;
     * true for any other question. A kind the lexicon doesn't know ("d'autres chocolatiers") is matched by its
     * first {@value #KIND_PREFIX} letters, and only a sentence speaking of others of it answers.
     */
    private boolean othersStated(List<ScoredSentence> ranked) {
        if (askedOthers == null) {
            return true;
        }
        boolean concept = askedOthers.startsWith("~");
        return ranked.stream().limit(SUPPORTING_SENTENCES).map(ScoredSentence::sentence).anyMatch(sentence ->
                (concept && sentence.anyNamePair((name, pairConcept) -> !name.startsWith("~")
                        && !index.isDescribedName(name) && !question.sharedTerms().contains(name)
                        && analyzers.isOrRelated(pairConcept, askedOthers)))
                || speaksOfOthers(sentence, concept));
    }

    /** Whether the sentence states the kind others are asked of and a word such as "other", "andere", "autres". */
    private boolean speaksOfOthers(IndexedSentence sentence, boolean concept) {
        if (concept && !analyzers.holdsOrRelated(sentence.sharedTerms(), askedOthers)) {
            return false;
        }
        Set<String> words = analyzers.words(sentence.sentence().text());
        return (concept || words.stream().anyMatch(word -> word.startsWith(askedOthers)))
                && words.stream().anyMatch(analyzers.lexicon()::isOtherWord);
    }

    /**
     * The kind a question asks others of: the concept of the first word with one within {@value #OTHERS_WITHIN}
     * words after "other", "andere", "autres" ("other brands'", "anderen Vereinen": "~club"), else the first
     * {@value #KIND_PREFIX} letters of the first word there that is no function word ("d'autres chocolatiers":
     * "choco"); null when the question asks about no others. A comparison ("than other clubs") asks about no others.
     */
    private String askedOthers(String text) {
        List<String> words = analyzers.wordSequence(text);
        for (int i = 0; i < words.size(); i++) {
            if (analyzers.lexicon().isOtherWord(words.get(i)) && !afterComparison(words, i)) {
                List<String> after = words.subList(i + 1, Math.min(words.size(), i + 1 + OTHERS_WITHIN));
                for (String word : after) {
                    String concept = analyzers.lexicon().concept(word);
                    if (concept != null) {
                        return "~" + concept;
                    }
                }
                return after.stream().filter(word -> !analyzers.isFunctionWord(word) && word.length() >= KIND_PREFIX)
                        .map(word -> word.substring(0, KIND_PREFIX)).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** Whether one of the two words before word {@code i} makes it part of a comparison ("than", "als", "que"). */
    private boolean afterComparison(List<String> words, int i) {
        return words.subList(Math.max(0, i - OTHERS_WITHIN), i).stream().anyMatch(analyzers.lexicon()::isComparisonWord);
    }

    /** The share of the question's content words that the knowledge never uses. */
    private double unknownShare() {
        int content = question.sharedTerms().size();
        return content == 0 ? 0 : Math.min(1, (double) question.unknownWords().size() / content);
    }

    /**
     * Whether the question's unknown concepts only qualify what it asks, which the articles state: a "how many"
     * question whose counted word the knowledge counts ({@code countSupport} 1; "how many trains were cancelled
     * because of the door failures" where the articles say the doors would not lock), or a "when" question whose
     * best sentence dates what it asks about ("when did the buggy update ship": "on 19 July the vendor released the
     * update"). Such concepts don't make the question unanswerable.
     */
    private boolean qualifyWhatIsAsked(List<String> unknownConcepts, List<ScoredSentence> ranked, double countSupport) {
        boolean countsWhatTheArticlesCount = !question.countedTerms().isEmpty() && !asksMoney && countSupport == 1
                && unknownConcepts.stream().noneMatch(question.countedTerms()::contains);
        boolean datesWhatIsAsked = question.kind() == QuestionKind.DATE && !ranked.isEmpty()
                && ranked.get(0).statesWhatIsAsked();
        return countsWhatTheArticlesCount || datesWhatIsAsked;
    }

    /** How close the least supported unknown concept is to the concepts of the best-ranked passages. */
    private double conceptSupport(List<String> unknownConcepts, List<ScoredSentence> ranked,
            Map<ScoredSentence, IndexedPassage> sentenceToPassage) {
        if (unknownConcepts.isEmpty()) {
            return 1;
        }
        Set<String> stated = new HashSet<>();
        ranked.stream().limit(SUPPORTING_SENTENCES).map(sentenceToPassage::get)
                .forEach(passage -> passage.sharedTerms().stream().filter(term -> term.startsWith("~"))
                        .forEach(stated::add));
        return unknownConcepts.stream()
                .mapToDouble(concept -> analyzers.holdsOrRelated(stated, concept) ? 1 : concepts.support(concept, stated))
                .min().orElse(1);
    }

    /**
     * The lexicon concepts of the question ("~salary") that no sentence of the knowledge states, leaving out those
     * that only name the form of the answer ("~total", "~number"), those a question word is a form of ("~say":
     * sentences never keep them as terms), general verbs ("~see"), general words the articles may only speak of
     * in specific ones ("~people": passengers, readers; {@code language/general-concepts.tsv}), units of time the
     * articles measure spans in ("~day" in "a three-day pass" when they say "twelve days") and, in a
     * why-question, the side a party takes ("~deny": {@code language/stance-concepts.tsv}), whose reasons the
     * articles give in their own words.
     */
    private List<String> unknownConcepts() {
        return question.sharedTerms().stream()
                .filter(term -> term.startsWith("~") && !index.isKnown(term) && !index.measuresTimeIn(term.substring(1))
                        && !analyzers.namesAnswerForm(term)
                        && !analyzers.namesNoSubject(term) && !analyzers.lexicon().isGeneralConcept(term.substring(1))
                        && !(question.asksReason() && analyzers.lexicon().isStanceConcept(term.substring(1))))
                .toList();
    }

    /**
     * The coverage of {@code sentence}, and when it opens with a word that stands for what the sentence before names
     * ({@link FollowUpWords#opensAfterAntecedent}: "Elle est conduite par ...", "Its lawyer ...", "The company said
     * ..."), {@value #ANTECEDENT_WEIGHT} of what that sentence's terms add to it: it speaks of that too, and an answer
     * quoting it quotes the one before with it.
     */
    private double sentenceCoverage(IndexedSentence sentence, IndexedSentence previous) {
        double own = coverage(sentence.sharedTerms());
        if (previous == null || !FollowUpWords.shipped().opensAfterAntecedent(sentence.sentence().text())) {
            return own;
        }
        Set<String> withBefore = new HashSet<>(sentence.sharedTerms());
        withBefore.addAll(previous.sharedTerms());
        return own + ANTECEDENT_WEIGHT * (coverage(withBefore) - own);
    }

    private double coverage(Set<String> terms) {
        if (questionWeight == 0) {
            return 0;
        }
        double matched = 0;
        for (String term : question.sharedTerms()) {
            if (terms.contains(term)) {
                matched += index.idf(term);
            } else if (analyzers.relatedTerms(term).stream().anyMatch(terms::contains)) {
                matched += RELATED_WEIGHT * index.idf(term);
            }
        }
        return matched / questionWeight;
    }

    /** Whether the question asks for a sum of money: a sentence stating one in a currency answers it. */
    boolean asksMoney() {
        return asksMoney;
    }

    /**
     * Whether a "how many" question counts things that are no sum of money: the first word after its count phrase
     * is a concept that names none ("how many households lost their connection" counts households; "lost" is the
     * verb that follows, not what is counted).
     */
    private static boolean countsOtherThanMoney(AnalyzedQuestion question, FieldAnalyzers analyzers) {
        return question.countedTerms().stream().findFirst()
                .filter(term -> term.startsWith("~") && !analyzers.namesMoney(term)).isPresent();
    }

    /**
     * Whether {@code terms} hold a term of the question, or a near-synonym, that says what it is about: not a
     * general verb, a question word's concept nor a judgement ({@link FieldAnalyzers#namesSubject}).
     */
    private boolean sharesSubject(Set<String> terms) {
        return question.sharedTerms().stream().filter(analyzers::namesSubject)
                .anyMatch(term -> terms.contains(term)
                        || analyzers.relatedTerms(term).stream().anyMatch(terms::contains));
    }

    private double kindBonus(IndexedSentence sentence, boolean statesWhatIsAsked) {
        if (statesWhatIsAsked && question.kind() == QuestionKind.OTHER) {
            return KIND_BONUS; // a why-question's reason: the kind of answer it asks for
        }
        if (statesWhatIsAsked) {
            return KIND_BONUS + COUNTED_BONUS;
        }
        if (question.kind() == QuestionKind.PERSON && answersKind(sentence) && givesRoleToAnotherAskedName(sentence)) {
            return KIND_BONUS - COUNTED_BONUS;
        }
        if (question.kind() != QuestionKind.OTHER && answersKind(sentence)) {
            return KIND_BONUS;
        }
        if (question.kind() == QuestionKind.PERSON && askedRole == null && namesSomethingNew(sentence)) {
            return KIND_BONUS / 2;
        }
        return fitsKind(sentence) ? 0 : -KIND_BONUS;
    }

    /**
     * Whether the sentence states the very thing asked, not only its kind: a count of what "how many" counts (or a
     * time for "how long"), the date of what "when" asks about, the holder of the role a "who" or "which" question
     * names, or for "which", a name beside what is asked about; for "why", a cause or a reason ("because", "wegen",
     * "en raison de", read in the sentence's {@code language}), where a sentence that only restates what is asked
     * shares more of the question's words.
     */
    private boolean statesWhatIsAsked(IndexedSentence sentence, String language) {
        return switch (question.kind()) {
            case QUANTITY -> countsWhatIsAsked(sentence);
            case DATE -> answersKind(sentence) && (asksTheCaseDate
                    ? sentence.dates().contains(index.mostStatedDate())
                    : datesWhatIsAsked(sentence) || (asksSince && statesYear(sentence)) || question.asksClockTime());
            case PERSON -> answersKind(sentence) && holdsRoleOfAskedName(sentence);
            case NAME -> namesWhatIsAsked(sentence) || holdsRoleOfAskedName(sentence);
            case OTHER -> (question.asksReason()
                    && analyzers.lexicon().statesReason(sentence.sentence().text(), language))
                    || (asksPartyStatement && reportsSpeechOfAskedParty(sentence, language));
        };
    }

    /**
     * Whether the sentence reports what someone said, or quotes it ({@link
     * dev.docket.language.LanguageLexicon#reportsSpeech}), and names a party the question names, when it names one:
     * "was sagt Velora dazu" is answered by what Velora said, not by a sentence that only mentions Velora.
     */
    private boolean reportsSpeechOfAskedParty(IndexedSentence sentence, String language) {
        return analyzers.lexicon().reportsSpeech(sentence.sentence().text(), language)
                && (askedNames.isEmpty() || askedNames.stream().anyMatch(sentence.sharedTerms()::contains));
    }

    /**
     * A bonus for stating the numbers the question quotes, in proportion: a question that names a figure ("which
     * depot counted 1,200 delays") is about the sentence that gives it, whatever its language.
     */
    private double quotesAskedNumbers(IndexedSentence sentence) {
        if (askedNumbers.isEmpty()) {
            return 0;
        }
        return NUMBER_BONUS * askedNumbers.stream().filter(sentence.sharedTerms()::contains).count()
                / askedNumbers.size();
    }

    /** Whether the sentence states what the question asks for: a figure, a date, a person's name. */
    private boolean answersKind(IndexedSentence sentence) {
        return switch (question.kind()) {
            case QUANTITY -> sentence.hasNumber();
            case DATE -> question.asksClockTime() ? statesClockTime(sentence) : datesAnything(sentence);
            case PERSON -> namesPersonInAskedRole(sentence);
            case NAME -> namesSomethingNew(sentence);
            case OTHER -> true;
        };
    }

    /**
     * For a "how many", "when" or "who" question, moves the best sentence stating a figure, a date or a person's
     * name to the front when it scores at least {@link #KIND_LEAD_SHARE} of the best: a when-question is answered
     * with a date. First, the same way, a sentence that counts what a "how many" question counts (or measures the
     * time a "how long" question asks), or dates what a "when" question asks about, leads one that states another
     * figure or date. A why-question leads, the same way, with a sentence that gives a reason.
     */
    private void leadWithTheKindAsked(List<ScoredSentence> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        if ((question.asksReason() || asksPartyStatement) && !sentences.get(0).statesWhatIsAsked()
                && !(question.asksReason() && explainedByNext(sentences.get(0), sentences))) {
            leadWith(sentences, ScoredSentence::statesWhatIsAsked);
        }
        if (question.kind() == QuestionKind.OTHER) {
            return;
        }
        boolean precise = !question.countedTerms().isEmpty() || askedUnit != null || asksDuration || asksMoney
                || question.kind() == QuestionKind.DATE
                || (question.kind() == QuestionKind.PERSON && askedRoleOwner != null);
        if (precise && !sentences.get(0).statesWhatIsAsked()) {
            leadWith(sentences, ScoredSentence::statesWhatIsAsked);
            if (!sentences.get(0).statesWhatIsAsked() && question.kind() == QuestionKind.PERSON
                    && askedRoleOwner != null && leadWith(sentences, sentence -> sentence.sentence().namesPerson()
                            && holdsNearRoleOfAskedName(sentence.sentence()))) {
                return;
            }
        }
        if (asksClaimedSum && !statesClaimedSum(sentences.get(0))) {
            // Of the sums, the one someone claims: "how much do they want" is not answered by a refund or a fee.
            leadWith(sentences, this::statesClaimedSum);
        }
        IndexedSentence best = sentences.get(0).sentence();
        if (answersKind(best) || (question.kind() == QuestionKind.NAME
                && (namesKindOfAsked(best) || opensWithNewName(best)))) {
            return;
        }
        leadWith(sentences, sentence -> answersKind(sentence.sentence()));
        if (question.kind() == QuestionKind.PERSON && askedRole != null && !sentences.get(0).sentence().namesPerson()) {
            // No sentence near the best names someone beside the role asked; one that names a person and uses the
            // role further off ("Nora Quillot, a professor of ..., whom the ministry appointed as independent
            // expert") answers "which expert" better than one naming nobody.
            leadWith(sentences, sentence -> sentence.sentence().namesPerson()
                    && analyzers.holdsOrRelated(sentence.sentence().sharedTerms(), askedRole));
        }
    }

    /**
     * Whether {@code best} is a short sentence that the next sentence of its article, also a candidate, goes on to
     * explain: "X rejects all responsibility." restates a why-question, and the answer quotes the sentence after it
     * with it ({@code SentenceSelector}); a reason stated elsewhere, often about something else, does not displace
     * the two.
     */
    private static boolean explainedByNext(ScoredSentence best, List<ScoredSentence> sentences) {
        return best.isShort() && sentences.stream().anyMatch(next -> next.follows(best));
    }

    /** Whether the sentence states a sum and says it is claimed ("is demanding", "verklagt auf": claim-concepts.tsv). */
    private boolean statesClaimedSum(ScoredSentence sentence) {
        return sentence.statesWhatIsAsked() && sentence.sentence().sharedTerms().stream()
                .anyMatch(term -> term.startsWith("~") && analyzers.lexicon().statesClaimedSum(term.substring(1)));
    }

    /**
     * Moves the best sentence that passes the test to the front when it scores at least the lead share of the best;
     * whether one moved.
     */
    private static boolean leadWith(List<ScoredSentence> sentences, Predicate<ScoredSentence> test) {
        double needed = sentences.get(0).score() * KIND_LEAD_SHARE;
        for (int i = 1; i < sentences.size() && sentences.get(i).score() >= needed; i++) {
            if (test.test(sentences.get(i))) {
                sentences.add(0, sentences.remove(i));
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence counts what a "how many" question asks about: the unit it measures in (a percentage, "45
     * percent" or "41 %", for a share: "quelle part"), ("six days" for
     * "how many days"), a unit of time for "how long" ("seven months"), a sum in a currency for a question about
     * money ("how much did they lose": "EUR 4.1 million") or a "how much" that counts nothing ("combien pour tout
     * débloquer"), else what the question counts ({@link
     * AnalyzedQuestion#countedTerms()}: "buses" in "how many buses ..."), or a near-synonym ("40 Busse", "40
     * coaches"); a question that counts no word it reads is about its first concept that is no form of an answer.
     */
    private boolean countsWhatIsAsked(IndexedSentence sentence) {
        if (askedUnit != null) {
            return sentence.countedTerms().contains(askedUnit) || (askedUnit.equals(QuestionAnalyzer.PERCENT)
                    && PERCENTAGE.matcher(sentence.sentence().text()).find());
        }
        if (asksTheCaseDuration) {
            return sentence.durations().contains(index.mostStatedDuration());
        }
        if (asksDuration) {
            return sentence.countedTerms().stream().anyMatch(analyzers.lexicon()::isTimeUnit);
        }
        if (asksMoney) {
            return sentence.statesMoney();
        }
        if (!question.countedTerms().isEmpty()) {
            return question.countedTerms().stream().anyMatch(term -> term.startsWith("~")
                    ? countsAs(sentence.countedTerms(), term) : sentence.countedTerms().contains(term));
        }
        return countedConcept != null && countsAs(sentence.countedTerms(), countedConcept);
    }

    /**
     * Whether {@code counted}, what a sentence or the knowledge counts, holds {@code concept}, one of its family or,
     * for a general word ("~people"), one of the specific ones it may be counted as ("~passenger").
     */
    private boolean countsAs(Set<String> counted, String concept) {
        return analyzers.holdsOrRelated(counted, concept)
                || specificsOf.computeIfAbsent(concept, this::countedAs).stream().anyMatch(counted::contains);
    }

    /** The specific concepts ("~passenger") a count of the general {@code concept} ("~people") may be given as. */
    private Set<String> countedAs(String concept) {
        Set<String> others = new HashSet<>();
        question.sharedTerms().stream().filter(term -> term.startsWith("~") && !term.equals(concept))
                .forEach(term -> others.add(term.substring(1)));
        Set<String> specifics = new HashSet<>();
        analyzers.lexicon().countedAs(concept.substring(1), others).forEach(specific -> specifics.add("~" + specific));
        return specifics;
    }

    /**
     * Whether a term the question asks about, no name, stands near the sentence's date ({@link
     * IndexedSentence#datedTerms()}): "when was the update released" is answered by the date of the release, not by
     * the date of a blog post that mentions it.
     */
    private boolean datesWhatIsAsked(IndexedSentence sentence) {
        return question.sharedTerms().stream().anyMatch(term -> !sentence.nameTerms().contains(term)
                && analyzers.holdsOrRelated(sentence.datedTerms(), term));
    }

    /**
     * Whether the sentence names a person beside the role a "who" question names, or one of its family ("which
     * lawyer": a lawyer, an attorney), or beside any role when the question names none: a CEO's name doesn't answer
     * "which lawyer", nor does a sentence that names a committee's chair and only mentions researchers answer "who is
     * the researcher".
     */
    private boolean namesPersonInAskedRole(IndexedSentence sentence) {
        return askedRole == null ? sentence.namesPerson() : analyzers.holdsOrRelated(sentence.personRoles(), askedRole);
    }

    /**
     * Whether the sentence uses a name the question doesn't beside what a "which ..." question asks about: the
     * question's first concept or a near-synonym ("which bus line": "the Velora line").
     */
    private boolean namesWhatIsAsked(IndexedSentence sentence) {
        return countedConcept != null && sentence.anyNamePair((name, concept) -> !name.startsWith("~")
                && !question.sharedTerms().contains(name) && analyzers.isOrRelated(concept, countedConcept));
    }

    /**
     * Whether the sentence puts the name of the question whose role it asks about beside that role or a near-synonym:
     * "Velora's lawyer" for "who is Velora's lawyer", not a sentence about another party's lawyer that also names
     * Velora, nor "Quillix's lawyer" for "who represents Velora against Quillix".
     */
    private boolean holdsRoleOfAskedName(IndexedSentence sentence) {
        return askedRole != null && sentence.anyNamePair((name, concept)
                -> ownsAskedRole(name) && analyzers.isOrRelated(concept, askedRole)
                        && (!name.startsWith("~") || !namesAnotherParty(sentence)));
    }

    /**
     * Whether the sentence gives the party whose role is asked a role of a family that shares a member with the
     * asked role's: where no sentence calls anyone the co-op's boss, its president heads it (boss and head are
     * leadership, head and president are presiding). Only when no sentence near the best gives the role itself; the
     * person named beside "the cooperative's president" may be one the articles describe by the kind too, so a
     * described name is no other party here.
     */
    private boolean holdsNearRoleOfAskedName(IndexedSentence sentence) {
        Set<String> related = analyzers.relatedTerms(askedRole);
        return sentence.anyNamePair((name, concept) -> ownsAskedRole(name)
                && related.stream().anyMatch(term -> analyzers.isOrRelated(concept, term)));
    }

    /**
     * Whether the sentence names a party (a name the articles describe by a kind) other than the one whose role is
     * asked: its "the company" then most likely means that party ("Velora had nothing to add to the comments of the
     * company's CEO").
     */
    private boolean namesAnotherParty(IndexedSentence sentence) {
        return sentence.nameTerms().stream()
                .anyMatch(term -> index.isDescribedName(term) && !askedRoleOwnerName.contains(term));
    }

    /**
     * For a "how long" question that names nothing but the time ("how long did it last"), up to {@code limit}
     * passages, in document order, with a sentence measuring the span of time the most articles measure ({@link
     * KnowledgeIndex#mostStatedDuration()}): the question's words alone find nothing to read. None otherwise.
     */
    List<Integer> passagesMeasuringTheCaseSpan(int limit) {
        if (!asksTheCaseDuration) {
            return List.of();
        }
        List<Integer> ids = index.passagesMeasuringMostStatedDuration();
        return ids.subList(0, Math.min(limit, ids.size()));
    }

    /**
     * Up to {@code limit} passages, best fused first, with a sentence that gives the role a who-question asks about
     * to its owner, by name or by a description the articles use for it ("die Anwältin des Vereins" for "who is SV
     * Velora's lawyer"; {@link #holdsRoleOfAskedName}); none when the question names no role or no owner.
     */
    List<Integer> passagesGivingAskedRole(Map<Integer, Double> fused, int limit) {
        if (askedRole == null || askedRoleOwner == null) {
            return List.of();
        }
        return index.passagesPairing((name, concept) -> analyzers.isOrRelated(concept, askedRole) && ownsAskedRole(name))
                .stream()
                .filter(id -> index.passages().get(id).sentences().stream().anyMatch(this::holdsRoleOfAskedName))
                .sorted(Comparator.comparingDouble((Integer id) -> fused.getOrDefault(id, 0.0)).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * Whether {@code name} of a sentence's name pair is whose role the question asks about: that name, any name of
     * the question when it asks about no one's in particular, or a kind of organisation ("~airline") that the
     * articles use to describe that name ("the airline's lawyer" for "who is Velora's lawyer").
     */
    private boolean ownsAskedRole(String name) {
        if (name.startsWith("~")) {
            String described = index.nameDescribedBy(List.of(name));
            return described != null && askedRoleOwnerName.contains(described);
        }
        return askedRoleOwner == null ? question.sharedTerms().contains(name) : askedRoleOwnerName.contains(name);
    }

    /**
     * Whether the sentence puts the asked role beside another name of the question than the one whose role is asked:
     * "Quillix's lawyer" for "who represents Velora against Quillix".
     */
    private boolean givesRoleToAnotherAskedName(IndexedSentence sentence) {
        return askedRoleOwner != null && sentence.anyNamePair((name, concept) -> !name.startsWith("~")
                && !askedRoleOwnerName.contains(name) && question.sharedTerms().contains(name)
                && analyzers.isOrRelated(concept, askedRole));
    }


    /**
     * Whether the sentence states another concept of the family of what a "which ..." question asks about, one the
     * question doesn't use: "the ministry" answers "which authority" as a name would, so the best sentence keeps
     * its place.
     */
    private boolean namesKindOfAsked(IndexedSentence sentence) {
        return countedConcept != null && sentence.sharedTerms().stream().anyMatch(term -> !term.equals(countedConcept)
                && !question.sharedTerms().contains(term) && analyzers.isOrRelated(term, countedConcept));
    }

    /**
     * Whether the sentence opens with a name the question doesn't use, beside a concept ("Velora, a packaging maker,
     * built the hall"): it names what a "who did it" question asks for, though a sentence's first word is no name
     * elsewhere.
     */
    private boolean opensWithNewName(IndexedSentence sentence) {
        return sentence.anyNamePair((name, concept) -> !name.startsWith("~") && !sentence.nameTerms().contains(name)
                && !question.sharedTerms().contains(name));
    }

    /** Whether the sentence uses a name the question doesn't: what a "which ..." question asks for. */
    private boolean namesSomethingNew(IndexedSentence sentence) {
        return sentence.namesOtherThan(question.sharedTerms());
    }

    /**
     * Whether the sentence states a date, or for a "since when" question, a year, or for a question asking the time
     * of day ("um wie viel Uhr"), a time of day ("um 5.42 Uhr").
     */
    private boolean datesAnything(IndexedSentence sentence) {
        return sentence.hasDate() || (asksSince && statesYear(sentence))
                || (question.asksClockTime() && statesClockTime(sentence));
    }

    /**
     * Whether the sentence states a time of day: what a question asking one wants; a sentence stating only the day
     * still fits it ({@link #datesAnything}), so articles that give no time of day don't make it unanswerable.
     */
    private boolean statesClockTime(IndexedSentence sentence) {
        return analyzers.lexicon().statesClockTime(sentence.sentence().text());
    }

    private static boolean statesYear(IndexedSentence sentence) {
        return sentence.sharedTerms().stream().anyMatch(term -> SentenceFeatures.YEAR.matcher(term).matches());
    }

    /**
     * Whether the sentence can date what a future-tense "when" question asks, the evidence of answerability
     * weighs: by a day on or after its article's date. True for every other question.
     */
    private boolean datesWhenAsked(IndexedSentence sentence, SourceDocument document) {
        return !asksFutureDate || datesOnOrAfter(sentence, document);
    }

    /**
     * Whether the sentence states a day on or after its document's date, within half a year (days carry no year):
     * a day still to come when the article was written. True when the document has no date to compare with.
     */
    private static boolean datesOnOrAfter(IndexedSentence sentence, SourceDocument document) {
        Matcher written = DOCUMENT_DATE.matcher(document.date() == null ? "" : document.date());
        if (!written.find()) {
            return true;
        }
        int published = dayOfYear(Integer.parseInt(written.group(1)), Integer.parseInt(written.group(2)));
        return sentence.dates().stream().map(SENTENCE_DATE::matcher).filter(Matcher::matches)
                .mapToInt(day -> Math.floorMod(dayOfYear(Integer.parseInt(day.group(1)),
                        Integer.parseInt(day.group(2))) - published, DAYS_OF_A_YEAR))
                .anyMatch(ahead -> ahead < HALF_A_YEAR);
    }

    /** A day's place in the year, counting every month as 31 days: enough to tell which of two days comes first. */
    private static int dayOfYear(int month, int day) {
        return (month - 1) * 31 + day - 1;
    }

    /** Only a sentence with a number can answer "how many", only one with a date "when". */
    private boolean fitsKind(IndexedSentence sentence) {
        return switch (question.kind()) {
            case QUANTITY -> sentence.hasNumber();
            case DATE -> datesAnything(sentence);
            case PERSON, NAME, OTHER -> true;
        };
    }


    /**
     * Similarity of a text to the question: of its embedding or, for a question the model reads as it is, of the
     * embedding of the text's English gloss when that is closer (null when it has none): an English question
     * finds the German sentence that answers it. Two glosses are not compared: on the dev set that drew German
     * questions to sentences that merely share a few lexicon words with them.
     */
    private double similarity(float[] vector, float[] glossVector) {
        return glossVector == null || question.glossVector() != null ? similarity(vector)
                : Math.max(similarity(vector), UnitVector.dot(question.vector(), glossVector));
    }

    /** Similarity to the question, or to its English gloss when that is closer. */
    private double similarity(float[] vector) {
        double direct = UnitVector.dot(question.vector(), vector);
        return question.glossVector() == null ? direct : Math.max(direct, UnitVector.dot(question.glossVector(), vector));
    }

}

package dev.docket.retrieval;

import dev.docket.knowledge.Sentence;
import dev.docket.language.LanguageLexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Analyses text into shared terms and tells which kinds of facts a sentence states. */
final class SentenceFeatures {

    /** A month's shared term (its canonical form, "m07"). */
    static final Pattern MONTH = Pattern.compile("m(0[1-9]|1[0-2])");
    private static final Pattern NUMBER = Pattern.compile(".*\\d.*|half|million|billion");
    /** The shared term of "half", "halb", "demi": part of the number or span before it ("two and a half days"). */
    private static final String HALF = "half";
    /** A currency sign right before a number: "$70", "€ 12". */
    private static final Pattern CURRENCY_SIGN = Pattern.compile("\\p{Sc}\\s?\\d");
    /** A year as written or as a shared term. */
    static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** How many terms after a number may name what it counts ("2 million Velora devices"). */
    static final int COUNTED_WITHIN = 3;
    /** How many terms before or after a date still say what is dated. */
    static final int DATED_WITHIN = 3;
    static final int NAMED_WITHIN = 2;
    /**
     * How many words away from a person's name its role may stand: "Velora's lawyer Anna Berg", "der Anwalt von
     * Velora, Anna Berg", not a role and a capitalized German noun pair half a sentence apart.
     */
    static final int ROLE_WITHIN = 5;
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}\\p{N}]*");
    /** A capitalized word, the number right after it and the word after that, if any: "Velora 365". */
    private static final Pattern NUMBER_IN_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}]*)\\s+(\\d+(?:[.,]\\d+)*)(?![\\p{L}\\p{N}])(?=\\s+(\\p{L}+))?");
    /** Two capitalized words, perhaps with an initial between them: "First Last", "First M. Last". */
    private static final Pattern NAME_PAIR =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Lu}\\.\\s+)?(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])");

    /** The word right after a position, across spaces, with a trailing dot ("Ltd."). */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}]+\\.?)");
    /** The most capitalized words between a pair of them and the legal form that makes them a company's name. */
    private static final int NAME_RUN = 2;

    private final FieldAnalyzers analyzer;

    SentenceFeatures(FieldAnalyzers analyzer) {
        this.analyzer = analyzer;
    }

    IndexedSentence analyse(Sentence sentence, CompactVector vector) {
        return analyse(sentence, vector, null);
    }

    IndexedSentence analyse(Sentence sentence, CompactVector vector, CompactVector glossVector) {
        return analyse(sentence, null, vector, glossVector);
    }

    /**
     * {@code sentence} of a document in {@code language} (null: unknown), its terms read with the separable verbs
     * that its clauses split put back together ({@link FieldAnalyzers#withSeparableVerbsJoined}).
     */
    IndexedSentence analyse(Sentence sentence, String language, CompactVector vector, CompactVector glossVector) {
        List<String> terms = sharedTermSequence(
                language == null ? sentence.text() : analyzer.withSeparableVerbsJoined(language, sentence.text()));
        boolean hasDate = statesDate(terms);
        Set<String> partsOfNames = numbersInNames(sentence.text(), analyzer.capitalizesNouns(language));
        Set<String> names = nameTerms(sentence.text());
        Set<String> namesWithFirst = firstWordName(sentence.text());
        namesWithFirst.addAll(names);
        return new IndexedSentence(sentence, new LinkedHashSet<>(terms), statesQuantity(terms, partsOfNames),
                statesMoney(sentence.text(), terms, partsOfNames), hasDate,
                personRoles(sentence.text(), language, terms), countedTerms(terms, partsOfNames),
                durations(terms, partsOfNames), dates(terms),
                datedTerms(terms), names,
                namePairs(terms, namesWithFirst), vector, glossVector);
    }

    /**
     * Each name with each concept term within {@link #NAMED_WITHIN} terms of it, as "name ~concept": what the names
     * are ("Velora systems") and whose roles are ("Velora's lawyer", "l'avocat de Velora"); and a kind of
     * organisation with a role beside it, as "~kind ~role" ("the airline's lawyer", "die Anwältin des Vereins"):
     * whose role it is when the articles describe one party by that kind.
     */
    private Set<String> namePairs(List<String> terms, Set<String> names) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            boolean name = names.contains(terms.get(i));
            boolean kind = !name && analyzer.namesOrganisationKind(terms.get(i));
            if (name || kind) {
                for (int j = Math.max(0, i - NAMED_WITHIN); j < Math.min(terms.size(), i + 1 + NAMED_WITHIN); j++) {
                    if (terms.get(j).startsWith("~") && (name || analyzer.namesPersonRole(terms.get(j)))) {
                        pairs.add(terms.get(i) + " " + terms.get(j));
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * The shared terms of numbers that belong to a name: right after a capitalized word that is not the first of
     * the sentence ("Velora 365", "Quillix 11", "Route 66"). They count nothing. A currency code is no name ("EUR 4.1
     * million"). Where every noun is capitalized, a
     * noun of the lexicon with a number and another such noun after it is no name but a count: "das
     * Familienunternehmen 23 Produkte".
     */
    private Set<String> numbersInNames(String text, boolean nounsCapitalized) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher named = NUMBER_IN_NAME.matcher(text);
        while (named.find()) {
            boolean count = nounsCapitalized && named.group(3) != null && hasConcept(named.group(1))
                    && hasConcept(named.group(3));
            if (named.start() > 0 && !isMonth(named.group(1)) && !isCurrencyWord(named.group(1)) && !count) {
                numbers.addAll(sharedTermSequence(named.group(2)));
            }
        }
        return numbers;
    }

    private boolean hasConcept(String word) {
        return sharedTermSequence(word).stream().anyMatch(term -> term.startsWith("~"));
    }

    private boolean isCurrencyWord(String word) {
        return sharedTermSequence(word).stream().anyMatch(analyzer::isCurrency);
    }

    private boolean isMonth(String word) {
        return sharedTermSequence(word).stream().anyMatch(term -> MONTH.matcher(term).matches());
    }

    /**
     * The terms right after a number that is no day or year of a date, numbers aside: what the sentence counts
     * ("40 Velora buses": "~bus", "velor"), or the unit it measures in ("six days": "day"). A unit counts only right
     * after the number: "900 riders per hour" measures no hours. A sum counts its currency and nothing after it:
     * "40 euros for each passenger" is no count of passengers, nor is "EUR 45 per bus" one of buses. So does a span
     * of time, its "half" included: "deux mois et demi après le rappel des produits" counts months, not products.
     */
    private Set<String> countedTerms(List<String> terms, Set<String> partsOfNames) {
        Set<String> counted = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            if (isCount(terms, i, partsOfNames)) {
                if (countsNothing(terms, i)) {
                    continue;
                }
                boolean first = true;
                for (int j = i + 1; j < Math.min(terms.size(), i + 1 + COUNTED_WITHIN); j++) {
                    if (!isNumber(terms.get(j))) {
                        if (first || !analyzer.isUnit(terms.get(j))) {
                            counted.add(terms.get(j));
                        }
                        if (first && (analyzer.isCurrency(terms.get(j))
                                || analyzer.lexicon().isTimeUnit(terms.get(j)))) {
                            break;
                        }
                        first = false;
                    }
                }
            }
        }
        return counted;
    }

    /**
     * The spans of time the sentence measures: a number that counts right before a unit of time ("six hours": "6
     * hour"), so that sentences of every language measuring the same span have the same one.
     */
    private Set<String> durations(List<String> terms, Set<String> partsOfNames) {
        Set<String> durations = new LinkedHashSet<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            if (isCount(terms, i, partsOfNames) && analyzer.lexicon().isTimeUnit(terms.get(i + 1))) {
                durations.add(terms.get(i) + " " + terms.get(i + 1));
            }
        }
        return durations;
    }

    /**
     * Whether the sentence states a sum in a currency: a currency word right before or after a number that counts
     * ("EUR 4.1 million", "4,1 Millionen Euro"), or a currency symbol (Unicode's currency signs) right before a digit
     * ("$70 million"), which the shared terms don't keep.
     */
    private boolean statesMoney(String text, List<String> terms, Set<String> partsOfNames) {
        if (CURRENCY_SIGN.matcher(text).find()) {
            return true;
        }
        for (int i = 0; i < terms.size(); i++) {
            if (isCount(terms, i, partsOfNames) && ((i > 0 && analyzer.isCurrency(terms.get(i - 1)))
                    || nextOtherThanNumber(terms, i).map(analyzer::isCurrency).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    /** The first term after term {@code i} that is no number ("million" and "half" are numbers here), if any. */
    private static Optional<String> nextOtherThanNumber(List<String> terms, int i) {
        return terms.subList(i + 1, terms.size()).stream().filter(term -> !isNumber(term)).findFirst();
    }

    /**
     * The terms near a date, numbers and months aside: what the sentence dates. In "On 3 March the vendor released
     * the update, a week after the audit" the release is dated, not the audit.
     */
    private static Set<String> datedTerms(List<String> terms) {
        Set<String> dated = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            if (isDateMonth(terms, i)) {
                for (int j = Math.max(0, i - DATED_WITHIN - 1); j < Math.min(terms.size(), i + DATED_WITHIN + 2); j++) {
                    String term = terms.get(j);
                    if (!isNumber(term) && !MONTH.matcher(term).matches()) {
                        dated.add(term);
                    }
                }
            }
        }
        return dated;
    }

    /**
     * The days the terms state, as month and day ("m07-19"): a month with a day of the month before it ("19 July",
     * "19. Juli", "19 juillet") or, failing that, after it ("July 19"); "juillet 2024" states no day.
     */
    private static Set<String> dates(List<String> terms) {
        Set<String> dates = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            if (isDateMonth(terms, i)) {
                String before = i > 0 ? terms.get(i - 1) : "";
                String after = i + 1 < terms.size() ? terms.get(i + 1) : "";
                String day = isDayOfMonth(before) ? before : isDayOfMonth(after) ? after : null;
                if (day != null) {
                    dates.add(terms.get(i) + "-" + Integer.parseInt(day));
                }
            }
        }
        return dates;
    }

    private static boolean isDayOfMonth(String term) {
        if (term.isEmpty() || term.length() > 2 || !term.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int day = Integer.parseInt(term);
        return day >= 1 && day <= 31;
    }

    /** Whether term {@code i} is a month next to a number: part of a date. */
    private static boolean isDateMonth(List<String> terms, int i) {
        return MONTH.matcher(terms.get(i)).matches()
                && ((i > 0 && isNumber(terms.get(i - 1))) || (i + 1 < terms.size() && isNumber(terms.get(i + 1))));
    }

    /**
     * The shared terms of the capitalized words after the first that are no function or lexicon words: the names
     * a sentence uses ("Velora", "Bundesamt"; in German also nouns the lexicons lack). A capital on the first word
     * may only start the sentence.
     */
    private Set<String> nameTerms(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text);
        boolean first = true;
        while (word.find()) {
            if (!first && Character.isUpperCase(word.group().charAt(0)) && analyzer.couldBeName(word.group())) {
                names.addAll(sharedTermSequence(word.group()));
            }
            first = false;
        }
        return names;
    }

    /** The shared terms of the sentence's first word when it could be a name ("Velora said ..."), else none. */
    private Set<String> firstWordName(String text) {
        Matcher word = WORD.matcher(text);
        Set<String> name = new LinkedHashSet<>();
        if (word.find() && Character.isUpperCase(word.group().charAt(0)) && analyzer.couldBeName(word.group())) {
            name.addAll(sharedTermSequence(word.group()));
        }
        return name;
    }

    /**
     * The roles of the persons the sentence names: a person's name is two capitalized words that are no function or
     * lexicon words ("First Last"), and its roles the role concepts ("lawyer", "CEO", "Anwalt") within {@link
     * #ROLE_WITHIN} words of it. Organisations, German nouns and sentence-initial articles are not names; nor, missed,
     * is a name whose first name is also a word of the lexicons ("Claire", "Grant").
     */
    private Set<String> personRoles(String text, String language, List<String> terms) {
        if (terms.stream().noneMatch(analyzer::namesPersonRole)) {
            return Set.of();
        }
        List<Integer> wordStarts = null;
        Map<Integer, String> roleAtWord = null;
        Set<String> found = new LinkedHashSet<>();
        Matcher pair = NAME_PAIR.matcher(text);
        int from = 0;
        while (pair.find(from)) {
            if (couldBeFirstName(pair.group(1), language, pair.start(1) > 0) && analyzer.couldBeName(pair.group(2))
                    && !beforeLegalForm(text, pair.end(2))) {
                if (wordStarts == null) {
                    wordStarts = new ArrayList<>();
                    roleAtWord = new LinkedHashMap<>();
                    Matcher word = WORD.matcher(text);
                    while (word.find()) {
                        wordStarts.add(word.start());
                        String role = analyzer.personRoleOf(word.group());
                        if (role != null) {
                            roleAtWord.put(wordStarts.size() - 1, role);
                        }
                    }
                }
                int first = wordIndex(wordStarts, pair.start(1));
                int last = wordIndex(wordStarts, pair.start(2));
                roleAtWord.forEach((at, role) -> {
                    if ((at < first && first - at <= ROLE_WITHIN) || (at > last && at - last <= ROLE_WITHIN)) {
                        found.add(role);
                    }
                });
            }
            from = pair.start(2);
        }
        return found;
    }

    /**
     * Whether a company's legal form follows {@code end}, right after it or after at most {@value #NAME_RUN} more
     * capitalized words: "Velora Alpin SA" and "Velora Alpin Transport AG" name a company, and so do the words before
     * them ("Now Velora" in "Now Velora Alpin SA").
     */
    private boolean beforeLegalForm(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text);
        for (int words = 0, at = end; words <= NAME_RUN; words++) {
            if (!next.region(at, text.length()).lookingAt() || !Character.isUpperCase(next.group(1).charAt(0))) {
                return false;
            }
            if (analyzer.lexicon().isLegalForm(next.group(1))) {
                return true;
            }
            at = next.end();
        }
        return false;
    }

    /**
     * Whether the first word of a pair of capitalized words may be a first name: a word of no concept, or, inside
     * a sentence of a known language, a capitalized word that is no common word there ("Claire" is French for
     * clear, but not capitalized inside a French sentence, and no German word).
     */
    private boolean couldBeFirstName(String word, String language, boolean insideSentence) {
        if (analyzer.couldBeName(word)) {
            return true;
        }
        return insideSentence && language != null && !analyzer.isFunctionWord(LanguageLexicon.fold(word))
                && (!analyzer.capitalizesNouns(language) || !analyzer.isCommonWord(language, word));
    }

    /** The index of the word that starts at {@code offset}. */
    private static int wordIndex(List<Integer> wordStarts, int offset) {
        int index = Collections.binarySearch(wordStarts, offset);
        return index >= 0 ? index : -index - 1;
    }

    /**
     * A month next to a number ("July 19", "19. Juli", "juillet 2024"): a month name alone may be another word
     * ("may" in "it may fail").
     */
    private static boolean statesDate(List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            if (isDateMonth(terms, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && Character.isDigit(term.charAt(0));
    }

    /** A number that is not the day or year of a date ("19" in "July 19", "2024"). */
    private static boolean statesQuantity(List<String> terms, Set<String> partsOfNames) {
        for (int i = 0; i < terms.size(); i++) {
            if (isCount(terms, i, partsOfNames)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at {@code i} belongs to what stands right before it, and so counts nothing itself: the
     * amount of a sum after its currency ("EUR 45 per bus"), or the "half" of a number or a span of time ("deux
     * mois et demi").
     */
    private boolean countsNothing(List<String> terms, int i) {
        if (i == 0) {
            return false;
        }
        String before = terms.get(i - 1);
        return analyzer.isCurrency(before) || (terms.get(i).equals(HALF)
                && (isNumber(before) || analyzer.lexicon().isTimeUnit(before)));
    }

    /**
     * Whether term {@code i} is a number that counts: no day or year of a date, no part of a name. A number beside a
     * month that no month has as many days is no day of it ("Since January, 47 nurses have resigned").
     */
    private static boolean isCount(List<String> terms, int i, Set<String> partsOfNames) {
        if (partsOfNames.contains(terms.get(i))) {
            return false;
        }
        String term = terms.get(i);
        boolean nextToMonth = isDayOfMonth(term) && ((i > 0 && MONTH.matcher(terms.get(i - 1)).matches())
                || (i + 1 < terms.size() && MONTH.matcher(terms.get(i + 1)).matches()));
        boolean number = NUMBER.matcher(term).matches() && !MONTH.matcher(term).matches();
        return number && !nextToMonth && !YEAR.matcher(term).matches();
    }

    Set<String> sharedTerms(String text) {
        return new LinkedHashSet<>(sharedTermSequence(text));
    }

    private List<String> sharedTermSequence(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FieldAnalyzers.SHARED, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of in-memory text failed", e);
        }
        return terms;
    }
}

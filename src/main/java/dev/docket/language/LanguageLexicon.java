package dev.docket.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Language resources from {@code language/*.tsv}: month names, number and scale words that map to one canonical
 * term in every language, the concepts of the trilingual concept lexicon and their families of near-synonyms, and
 * the phrases that say what kind of answer a question wants. Data, not code: a new
 * language is new lines in those files. Scale words are read from the one table of figure words,
 * {@code figures.tsv}, which the figure reader uses too: a scale word's canonical term is the English name of its
 * factor ("Milliarden" and "billion" give "billion", 10^9); a word whose factor depends on the language (German
 * and French "Billion" is 10^12) has a canonical term only with its language ({@link #canonical(String, String)}).
 */
public final class LanguageLexicon {

    /**
     * The spaces that may group digits: space, no-break space, narrow no-break space, thin space. With the comma and
     * the period they are the one set of group separators every number reader uses.
     */
    public static final String SPACE_SEPARATORS = " \u00a0\u202f\u2009";

    /** A thousands separator between digits: "2,000", "2.000" and "2 000" all mean 2000 ("1.5" and "1,5" stay). */
    public static final Pattern THOUSANDS_SEPARATOR =
            Pattern.compile("(?<=\\d)[.," + SPACE_SEPARATORS + "](?=\\d{3}(?!\\d))");

    private static final String FIGURE_WORDS = "language/figures.tsv";
    /** The kind of {@code language/question-types.tsv} of the phrases that ask what. */
    private static final String THING = "thing";
    /** The kind of {@code language/question-types.tsv} of the words that ask what something is called. */
    private static final String NAMING = "naming";

    private static final int MIN_PREFIX = 4;
    /** Marks that open or close a quotation in the three languages' typography (not the apostrophe ’). */
    private static final String QUOTATION_MARKS = "\"«»„“”";
    /** The shortest word a future-tense ending counts in: "sera", "aura" are listed as words, "extra" is none. */
    private static final int MIN_FUTURE_WORD = 6;
    /** The shortest head of a closed compound that is matched alone ("ministerium" in "gesundheitsministerium"). */
    private static final int MIN_HEAD = 6;
    /** The shortest word part before a compound's head ("gesundheits"). */
    private static final int MIN_MODIFIER = 3;

    /** A clause: text between punctuation that ends one. */
    private static final Pattern CLAUSE = Pattern.compile("[^,;:.!?]+");

    private final Map<String, String> formToCanonical = new HashMap<>();
    private final Map<String, String> formToEnglish = new HashMap<>();
    private final Map<String, String> formToConcept = new HashMap<>();
    private final Map<String, String> prefixToConcept = new HashMap<>();
    /** The first parts of the concept forms written with a hyphen ("porte" of "porte-parole"). */
    private final Set<String> hyphenatedFirstParts = new HashSet<>();
    private int longestPrefix;
    private final Map<String, String> formToKind = new HashMap<>();
    private final Map<String, String> languageAndFormToScale = new HashMap<>();
    private final List<String[]> questionPhrases = new ArrayList<>();
    private final Set<String> questionWords = new HashSet<>();
    private final Map<String, Set<String>> languageToQuestionPhrases = new HashMap<>();
    private final List<String> clockPhrases = new ArrayList<>();
    private Pattern clockTime;
    private final List<String> reasonPhrases = new ArrayList<>();
    private final List<String> statementPhrases = new ArrayList<>();
    private final Map<String, List<String>> languageToSpeechWords = new HashMap<>();
    private final Map<String, List<String>> languageToReasonWords = new HashMap<>();
    private final Map<String, List<String>> languageToFuturePhrases = new HashMap<>();
    private final Map<String, String> firstPhrase = new HashMap<>();
    private final Set<String> personRoles = new HashSet<>();
    private final Set<String> organisationKinds = new HashSet<>();
    private final Set<String> legalForms = new HashSet<>();
    private final Set<String> weekdays = new HashSet<>();
    private final Map<String, String> phraseToConcept = new HashMap<>();
    /** Question words that are also relative pronouns, with the words they may follow as question words. */
    private final Map<String, Set<String>> relativeToAllowedBefore = new HashMap<>();
    private final List<List<String>> countPhrases = new ArrayList<>();
    private final List<String> durationPhrases = new ArrayList<>();
    private final List<String> amountPhrases = new ArrayList<>();
    private final List<String> sharePhrases = new ArrayList<>();
    private final List<String> sincePhrases = new ArrayList<>();
    private final Set<String> timeUnits = new HashSet<>();
    private final Set<String> answerForms = new HashSet<>();
    private final Set<String> moneyConcepts = new HashSet<>();
    private final Set<String> particularSums = new HashSet<>();
    private final Set<String> lostSums = new HashSet<>();
    private final Set<String> claimAskingConcepts = new HashSet<>();
    private final Set<String> claimStatingConcepts = new HashSet<>();
    private final Map<String, Set<String>> languageToClaimWords = new HashMap<>();
    private final Set<String> otherWords = new HashSet<>();
    private final Set<String> comparisonWords = new HashSet<>();
    private final Set<String> questionConcepts = new HashSet<>();
    private final Set<String> lightConcepts = new HashSet<>();
    private final Set<String> judgementConcepts = new HashSet<>();
    private final Set<String> stanceConcepts = new HashSet<>();
    /** Each separable prefix with the infix its infinitive takes ("an", "zu"), longest prefixes first. */
    private final List<String[]> infixes = new ArrayList<>();
    /** Each language's separable verb prefixes ({@code language/zu-infinitives.tsv}). */
    private final Map<String, Set<String>> languageToSeparablePrefixes = new HashMap<>();
    private final Map<String, Set<String>> conceptToRelated = new HashMap<>();
    private final Map<String, Set<String>> generalToSpecific = new HashMap<>();
    private final Map<String, Set<String>> generalToExceptions = new HashMap<>();

    /** Loads the lexicon shipped in the jar. */
    public static LanguageLexicon load() {
        LanguageLexicon lexicon = new LanguageLexicon();
        for (String[] row : rows("language/lexicon.tsv", 3)) {
            for (String form : row[2].split(",")) {
                lexicon.formToCanonical.put(form.strip(), row[1]);
                lexicon.formToKind.put(form.strip(), row[0]);
                lexicon.formToEnglish.put(form.strip(), row[2].split(",")[0].strip());
            }
        }
        List<String[]> figureWords = rows(FIGURE_WORDS, 4);
        lexicon.addScales(figureWords.stream().filter(row -> row[0].equals("scale")).toList());
        figureWords.stream().filter(row -> row[0].equals("relative") && row[2].equals("weekday"))
                .flatMap(row -> Arrays.stream(row[3].split(",")))
                .filter(form -> !form.contains(" "))
                .forEach(form -> lexicon.weekdays.add(fold(form.strip())));
        for (String[] row : rows("language/concepts.tsv", 2)) {
            for (String form : row[1].split(",")) {
                lexicon.addConceptForm(form.strip(), row[0]);
            }
        }
        for (String[] row : rows("language/question-types.tsv", 3)) {
            lexicon.addQuestionPhrase(row[0], row[1], row[2]);
        }
        // A phrase asking the time of day is a when-question's phrase too ("um wie viel Uhr", not "wie viel").
        Map<String, List<String>> clockWords = new HashMap<>();
        for (String[] row : rows("language/clock-times.tsv", 3)) {
            if (row[0].strip().equals("phrase")) {
                lexicon.clockPhrases.add(row[2].strip());
                lexicon.addQuestionPhrase("date", row[1].strip(), row[2].strip());
            } else {
                clockWords.computeIfAbsent(row[0].strip(), role -> new ArrayList<>())
                        .add(Pattern.quote(row[2].strip()));
            }
        }
        lexicon.clockTime = clockTimePattern(clockWords);
        lexicon.questionPhrases.sort((a, b) -> b[1].length() - a[1].length());
        // Single-word phrases only: the words of "combien de temps" or "what day" keep their subject. And a concept
        // two phrases use in different forms ("say", "said"): one form alone may be a word of another language
        // ("nomme", "is named", is also "appointed"; chat "ki" for "qui" is German "KI").
        Map<String, Integer> conceptToForms = new HashMap<>();
        for (String[] phrase : lexicon.questionPhrases) {
            String concept = phrase[1].contains(" ") ? null : lexicon.concept(phrase[1]);
            if (concept != null && conceptToForms.merge(concept, 1, Integer::sum) == 2) {
                lexicon.questionConcepts.add(concept);
            }
        }
        for (String[] row : rows("language/duration-phrases.tsv", 3)) {
            switch (row[0].strip()) {
                case "unit" -> lexicon.timeUnits.add(row[2].strip());
                case "since" -> lexicon.sincePhrases.add(row[2].strip());
                default -> lexicon.durationPhrases.add(row[2].strip());
            }
        }
        readAsksAndStates("language/reason-phrases.tsv", lexicon.reasonPhrases, lexicon.languageToReasonWords);
        readAsksAndStates("language/statement-phrases.tsv", lexicon.statementPhrases, lexicon.languageToSpeechWords);
        for (String[] row : rows("language/future-phrases.tsv", 2)) {
            lexicon.languageToFuturePhrases.computeIfAbsent(row[0].strip(), language -> new ArrayList<>())
                    .add(row[1].strip());
        }
        for (String[] row : rows("language/amount-phrases.tsv", 2)) {
            lexicon.amountPhrases.add(row[1].strip());
        }
        for (String[] row : rows("language/share-phrases.tsv", 2)) {
            lexicon.sharePhrases.add(row[1].strip());
        }
        for (String[] row : rows("language/count-phrases.tsv", 2)) {
            lexicon.countPhrases.add(List.of(row[1].strip().split(" ")));
        }
        for (String[] row : rows("language/person-roles.tsv", 1)) {
            lexicon.personRoles.add(row[0].strip());
        }
        for (String[] row : rows("language/organisation-kinds.tsv", 1)) {
            lexicon.organisationKinds.add(row[0].strip());
        }
        for (String[] row : rows("language/legal-forms.tsv", 1)) {
            lexicon.legalForms.add(row[0].strip());
        }
        for (String[] row : rows("language/relative-pronouns.tsv", 3)) {
            lexicon.relativeToAllowedBefore.computeIfAbsent(row[1].strip(), word -> new HashSet<>())
                    .addAll(Arrays.stream(row[2].split(",")).map(String::strip).toList());
        }
        for (String[] row : rows("language/phrase-concepts.tsv", 2)) {
            lexicon.phraseToConcept.put(row[0].strip(), row[1].strip());
        }
        for (String[] row : rows("language/answer-form-concepts.tsv", 1)) {
            lexicon.answerForms.add(row[0].strip());
        }
        for (String[] row : rows("language/other-words.tsv", 2)) {
            for (String value : row[1].split(",")) {
                (row[0].equals("compare") ? lexicon.comparisonWords : lexicon.otherWords).add(value.strip());
            }
        }
        for (String[] row : rows("language/money-concepts.tsv", 2)) {
            String concept = row[0].strip();
            String kind = row[1].strip();
            lexicon.moneyConcepts.add(concept);
            if (kind.equals("particular")) {
                lexicon.particularSums.add(concept);
            } else if (kind.equals("lost")) {
                lexicon.lostSums.add(concept);
            } else if (!kind.equals("sum")) {
                throw new IllegalStateException("language/money-concepts.tsv: '" + kind + "' for " + concept
                        + " is no kind; write sum, particular or lost");
            }
        }
        for (String[] row : rows("language/claim-concepts.tsv", 2)) {
            String concept = row[0].strip();
            String kind = row[1].strip();
            if (!kind.equals("asks") && !kind.equals("states")) {
                throw new IllegalStateException("language/claim-concepts.tsv: '" + kind + "' for " + concept
                        + " is no kind; write asks or states");
            }
            lexicon.claimStatingConcepts.add(concept);
            if (kind.equals("asks")) {
                lexicon.claimAskingConcepts.add(concept);
            }
        }
        for (String[] row : rows("language/claim-words.tsv", 2)) {
            for (String word : row[1].split(",")) {
                lexicon.languageToClaimWords.computeIfAbsent(row[0].strip(), key -> new HashSet<>()).add(word.strip());
            }
        }
        for (String[] row : rows("language/light-concepts.tsv", 1)) {
            lexicon.lightConcepts.add(row[0].strip());
        }
        for (String[] row : rows("language/judgement-concepts.tsv", 1)) {
            lexicon.judgementConcepts.add(row[0].strip());
        }
        for (String[] row : rows("language/stance-concepts.tsv", 1)) {
            lexicon.stanceConcepts.add(row[0].strip());
        }
        for (String[] row : rows("language/zu-infinitives.tsv", 3)) {
            for (String prefix : row[2].split(",")) {
                lexicon.infixes.add(new String[] {prefix.strip(), row[1].strip()});
                lexicon.languageToSeparablePrefixes.computeIfAbsent(row[0].strip(), language -> new HashSet<>())
                        .add(prefix.strip());
            }
        }
        lexicon.infixes.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] row : rows("language/concept-families.tsv", 2)) {
            lexicon.addFamily(Arrays.stream(row[1].split(",")).map(String::strip).toList());
        }
        for (String[] row : rows("language/general-concepts.tsv", 3)) {
            lexicon.generalToSpecific.put(row[0].strip(),
                    Arrays.stream(row[1].split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet()));
            lexicon.generalToExceptions.put(row[0].strip(),
                    Arrays.stream(row[2].split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet()));
        }
        return lexicon;
    }

    /**
     * The canonical term for a folded, lower-case word ("juillet" -> "m07", "mrd" -> "billion"), or null; null too
     * for a scale word whose factor depends on the language ("billion"): see {@link #canonical(String, String)}.
     */
    public String canonical(String foldedWord) {
        return formToCanonical.get(foldedWord);
    }

    /** As {@link #canonical(String)}, reading a scale word as {@code language} writes it ("billion" in German is "trillion"). */
    public String canonical(String foldedWord, String language) {
        String scale = languageAndFormToScale.get(language + "|" + foldedWord);
        return scale != null ? scale : canonical(foldedWord);
    }

    /**
     * The scale rows of the figure table: each one-word form gets the English name of its factor (the first
     * form of the English or all-language row with that factor); a form with different factors in different
     * languages only per language.
     */
    private void addScales(List<String[]> scaleRows) {
        Map<String, String> factorToName = new HashMap<>();
        for (String[] row : scaleRows) {
            if (row[1].equals("en") || row[1].equals("*")) {
                factorToName.putIfAbsent(row[2], row[3].split(",")[0].strip());
            }
        }
        Map<String, Set<String>> formToNames = new HashMap<>();
        for (String[] row : scaleRows) {
            String name = factorToName.get(row[2]);
            for (String form : row[3].split(",")) {
                String word = form.strip();
                if (name == null || word.contains(" ")) {
                    continue;
                }
                formToNames.computeIfAbsent(word, key -> new HashSet<>()).add(name);
                languageAndFormToScale.put(row[1] + "|" + word, name);
            }
        }
        formToNames.forEach((word, names) -> {
            if (names.size() == 1) {
                String name = names.iterator().next();
                formToCanonical.put(word, name);
                formToKind.put(word, "scale");
                formToEnglish.put(word, name);
            }
        });
    }

    /**
     * The concept a folded word belongs to in {@code language/concepts.tsv} ("anwalts", "lawyer" and "avocats"
     * all give "lawyer"), matching exact forms first and then the longest listed prefix; null if none. A closed
     * compound takes the concept of its head, as German and English build them: the longest tail of at least
     * {@value #MIN_HEAD} letters after the word's prefix (or after {@value #MIN_MODIFIER} letters) that is a form
     * or starts with a prefix of that length, when the part before it is a word the lexicons know
     * ("gesundheitsministerium" gives "ministry", not the "health" of its prefix; "workstation" gives "station";
     * "verlustes" keeps "loss"; the name "velostrike" is not a "strike").
     */
    public String concept(String foldedWord) {
        String concept = conceptOfWord(foldedWord);
        return concept != null ? concept : conceptWithoutInfix(foldedWord);
    }

    /**
     * {@code text} with each separable verb that a main clause splits put back together: German leaves the prefix at
     * the end of the clause ("Wann fand die Anhörung statt?", "Warum lehnt sie das Angebot ab?"), and only the whole
     * verb ("stattfand", "ablehnt") means what the concept lexicon knows. A clause's first word that joins the
     * clause's last word into a word of some concept takes it as its prefix, and the last word goes; all other text
     * stays as it is. The prefixes are those of {@code language/zu-infinitives.tsv}; a language without any is
     * returned unchanged.
     */
    public String withSeparableVerbsJoined(String language, String text) {
        Set<String> prefixes = languageToSeparablePrefixes.getOrDefault(language, Set.of());
        if (prefixes.isEmpty()) {
            return text;
        }
        StringBuilder joined = new StringBuilder();
        var clause = CLAUSE.matcher(text);
        int end = 0;
        while (clause.find()) {
            joined.append(text, end, clause.start()).append(withSeparableVerbJoined(clause.group(), prefixes));
            end = clause.end();
        }
        return joined.append(text.substring(end)).toString();
    }

    private String withSeparableVerbJoined(String clause, Set<String> prefixes) {
        String stripped = clause.strip();
        List<String> words = new ArrayList<>(Arrays.asList(stripped.split("\\s+")));
        if (words.size() < 3 || !prefixes.contains(fold(words.get(words.size() - 1)))) {
            return clause;
        }
        String prefix = fold(words.get(words.size() - 1));
        for (int i = 0; i < words.size() - 1; i++) {
            String word = fold(words.get(i));
            if (word.chars().allMatch(Character::isLetter) && concept(prefix + word) != null) {
                words.set(i, prefix + word);
                words.remove(words.size() - 1);
                int start = clause.indexOf(stripped);
                return clause.substring(0, start) + String.join(" ", words)
                        + clause.substring(start + stripped.length());
            }
        }
        return clause;
    }

    /**
     * The concept of a separable verb's infinitive with an infix ({@code language/zu-infinitives.tsv}:
     * "anzubieten" is "anbieten"), or null.
     */
    private String conceptWithoutInfix(String foldedWord) {
        for (String[] prefixAndInfix : infixes) {
            String start = prefixAndInfix[0] + prefixAndInfix[1];
            if (foldedWord.length() > start.length() + 2 && foldedWord.startsWith(start)) {
                String concept = conceptOfWord(prefixAndInfix[0] + foldedWord.substring(start.length()));
                if (concept != null) {
                    return concept;
                }
            }
        }
        return null;
    }

    private String conceptOfWord(String foldedWord) {
        String exact = formToConcept.get(foldedWord);
        if (exact != null) {
            return exact;
        }
        int prefix = longestPrefix(foldedWord, MIN_PREFIX);
        for (int start = Math.max(MIN_MODIFIER, prefix); foldedWord.length() - start >= MIN_HEAD; start++) {
            if (!isWordPart(foldedWord.substring(0, start))) {
                continue;
            }
            String head = foldedWord.substring(start);
            String concept = formToConcept.get(head);
            int headPrefix = concept == null ? longestPrefix(head, MIN_HEAD) : 0;
            if (concept != null || headPrefix > 0) {
                return concept != null ? concept : prefixToConcept.get(head.substring(0, headPrefix));
            }
        }
        return prefix > 0 ? prefixToConcept.get(foldedWord.substring(0, prefix)) : null;
    }

    /**
     * Whether a compound's first part is a word the lexicons know, perhaps with a linking letter ("gesundheits",
     * "sicherheits", "work"): a name like "velostrike" is no compound of "velo" and "strike".
     */
    private boolean isWordPart(String modifier) {
        return CompoundModifier.isModifier(modifier, MIN_MODIFIER, this::knows);
    }

    private boolean knows(String word) {
        return formToConcept.containsKey(word) || formToCanonical.containsKey(word)
                || longestPrefix(word, MIN_PREFIX) > 0;
    }

    /** The length of the longest listed prefix {@code word} starts with, of at least {@code shortest}; else 0. */
    private int longestPrefix(String word, int shortest) {
        for (int length = Math.min(word.length(), longestPrefix); length >= shortest; length--) {
            if (prefixToConcept.containsKey(word.substring(0, length))) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Every word the lexicons know, folded: the forms of the concepts (a prefix form as its stem, "anwalt"), the
     * months, numbers and scales. Spelling correction offers them besides the knowledge's own words.
     */
    /**
     * Whether {@code foldedWord} starts a concept form written with a hyphen ("porte" of "porte-parole"): a
     * tokenizer that splits at hyphens must read it with the word after it.
     */
    public boolean startsHyphenatedForm(String foldedWord) {
        return hyphenatedFirstParts.contains(foldedWord);
    }

    public Set<String> words() {
        Set<String> words = new HashSet<>(formToConcept.keySet());
        words.addAll(prefixToConcept.keySet());
        formToCanonical.keySet().stream().filter(word -> !word.contains(" ")).forEach(words::add);
        return words;
    }

    /**
     * Whether {@code concept} names the form of an answer, not its subject ({@code language/answer-form-concepts.tsv}:
     * "total", "number", "date").
     */
    public boolean isAnswerForm(String concept) {
        return answerForms.contains(concept);
    }

    /**
     * Whether {@code foldedWord} asks about another of a kind ({@code language/other-words.tsv}: "other", "andere",
     * "autres"; a French elision is read without its article: "d'autres").
     */
    public boolean isOtherWord(String foldedWord) {
        int apostrophe = foldedWord.indexOf('\'');
        return otherWords.contains(apostrophe > 0 && apostrophe < 3 ? foldedWord.substring(apostrophe + 1) : foldedWord);
    }

    /** Whether {@code foldedWord} makes "other ..." after it a comparison ({@code language/other-words.tsv}: "than"). */
    public boolean isComparisonWord(String foldedWord) {
        return comparisonWords.contains(foldedWord);
    }

    /**
     * Whether the quantity of {@code concept} is an amount of money ({@code language/money-concepts.tsv}: "cost",
     * "lose", "fine").
     */
    public boolean isMoneyConcept(String concept) {
        return moneyConcepts.contains(concept);
    }

    /**
     * Whether {@code concept} is a particular kind of sum ({@code language/money-concepts.tsv}: "revenue", "salary",
     * "fine"), which a sum of another kind doesn't give.
     */
    public boolean isParticularSum(String concept) {
        return particularSums.contains(concept);
    }

    /**
     * Whether {@code concept} says a sum was lost ({@code language/money-concepts.tsv}, lost: "loss", "lose"): a
     * sentence stating "lost revenue" gives no one's revenue.
     */
    public boolean isLostSum(String concept) {
        return lostSums.contains(concept);
    }

    /**
     * Whether a "how much" question about money in {@code language} that uses {@code foldedWord} asks for a sum
     * someone claims: the word is of a concept of kind asks ({@code language/claim-concepts.tsv}: "want", "demand",
     * "claim") or one of the language's words that ask so ({@code language/claim-words.tsv}: German "will").
     */
    public boolean asksClaimedSum(String language, String foldedWord) {
        String concept = concept(foldedWord);
        return (concept != null && claimAskingConcepts.contains(concept))
                || languageToClaimWords.getOrDefault(language, Set.of()).contains(foldedWord);
    }

    /**
     * Whether a sentence using {@code concept} states its sum as claimed ({@code language/claim-concepts.tsv}:
     * "demand", "lawsuit": "is demanding 2 million", "sues for 2 million").
     */
    public boolean statesClaimedSum(String concept) {
        return claimStatingConcepts.contains(concept);
    }

    /**
     * Whether {@code concept} is a general verb that says little about a question's subject
     * ({@code language/light-concepts.tsv}: "see", "open").
     */
    public boolean isLightConcept(String concept) {
        return lightConcepts.contains(concept);
    }

    /**
     * Whether {@code concept} judges rather than names ({@code language/judgement-concepts.tsv}: "good", "bad"):
     * sharing it is sharing no subject.
     */
    public boolean isJudgementConcept(String concept) {
        return judgementConcepts.contains(concept);
    }

    /**
     * Whether {@code concept} says which side a party takes ({@code language/stance-concepts.tsv}: "deny", "reject",
     * "blame"): a why-question about it asks for reasons the articles give in their own words.
     */
    public boolean isStanceConcept(String concept) {
        return stanceConcepts.contains(concept);
    }

    /**
     * Whether two or more forms of {@code concept} are question words ({@code language/question-types.tsv}: "say"
     * in "what did X say", "play" in "what role does X play"): the concept asks how something is put, not about a
     * subject, in whichever form the question uses it ("gesagt", "erzählt").
     */
    public boolean isQuestionConcept(String concept) {
        return questionConcepts.contains(concept);
    }

    /**
     * The phrases of {@code question} that mean another concept than their words ({@code
     * language/phrase-concepts.tsv}: "how old" means "age", not "old"), as their last word's concept (null when it
     * has none) to the phrase's concept.
     */
    public Map<String, String> phraseConcepts(String question) {
        String padded = padded(question);
        Map<String, String> lastWordToPhrase = new HashMap<>();
        phraseToConcept.forEach((phrase, concept) -> {
            if (padded.contains(" " + phrase + " ")) {
                lastWordToPhrase.put(concept(phrase.substring(phrase.lastIndexOf(' ') + 1)), concept);
            }
        });
        return lastWordToPhrase;
    }

    /** Whether {@code concept} names a kind of organisation ({@code language/organisation-kinds.tsv}: "airline"). */
    public boolean isOrganisationKind(String concept) {
        return organisationKinds.contains(concept);
    }

    /**
     * Whether a folded word names a day of the week ({@code language/figures.tsv}, weekday: "tuesday", "dienstag",
     * "mardi"): a capitalized one is no name ("On Tuesday the university ...").
     */
    public boolean isWeekday(String foldedWord) {
        return weekdays.contains(foldedWord);
    }

    /**
     * Whether {@code word}, as written, is a company's legal form ({@code language/legal-forms.tsv}: "AG", "Ltd"), with
     * or without a trailing dot.
     */
    public boolean isLegalForm(String word) {
        return legalForms.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /** Whether {@code concept} says what a person is or does ({@code language/person-roles.tsv}: "lawyer", "ceo"). */
    public boolean isPersonRole(String concept) {
        return personRoles.contains(concept);
    }

    /**
     * The other concepts of {@code concept}'s families in {@code language/concept-families.tsv}, near-synonyms a
     * question's word may stand for ("boss" gives "ceo", "head", ...); empty when it has none.
     */
    public Set<String> related(String concept) {
        return conceptToRelated.getOrDefault(concept, Set.of());
    }

    /**
     * Whether {@code concept} is a general word that stands for any of several specific ones ({@code
     * language/general-concepts.tsv}: "people" for passengers, patients, fans): knowledge that never says it may
     * still speak of what it stands for.
     */
    public boolean isGeneralConcept(String concept) {
        return generalToSpecific.containsKey(concept);
    }

    /**
     * The specific concepts a count of {@code concept} may be given as ({@code language/general-concepts.tsv}:
     * "people" counted as passengers, patients ...), unless {@code others}, the question's other concepts, name one
     * that keeps it general ("people" who "work": staff); empty for a concept that is no general word.
     */
    public Set<String> countedAs(String concept, Set<String> others) {
        Set<String> exceptions = generalToExceptions.getOrDefault(concept, Set.of());
        return others.stream().anyMatch(exceptions::contains) ? Set.of()
                : generalToSpecific.getOrDefault(concept, Set.of());
    }

    private void addFamily(List<String> concepts) {
        for (String concept : concepts) {
            Set<String> related = conceptToRelated.computeIfAbsent(concept, key -> new HashSet<>());
            concepts.stream().filter(other -> !other.equals(concept)).forEach(related::add);
        }
    }

    private void addConceptForm(String form, String concept) {
        if (form.indexOf('-') > 0) {
            hyphenatedFirstParts.add(form.substring(0, form.indexOf('-')));
        }
        if (form.endsWith("*")) {
            String prefix = form.substring(0, form.length() - 1);
            prefixToConcept.put(prefix, concept);
            longestPrefix = Math.max(longestPrefix, prefix.length());
        } else {
            formToConcept.put(form, concept);
        }
    }

    /**
     * The English word for a folded word in any of the three languages, from either lexicon ("juillet" ->
     * "july", "anwalts" -> "lawyer"), or null when the lexicons do not know it.
     */
    public String english(String foldedWord) {
        String word = formToEnglish.get(foldedWord);
        return word != null ? word : concept(foldedWord);
    }

    /** The kind of a canonical form ("month", "number", "scale", "currency", "unit"), or null. */
    public String kindOf(String foldedWord) {
        return formToKind.get(foldedWord);
    }

    /**
     * Whether {@code question} asks for a share of a whole ({@code language/share-phrases.tsv}: "what share",
     * "welcher Anteil", "quelle part"), which a percentage answers.
     */
    public boolean asksShare(String question) {
        return holdsPhrase(question, sharePhrases);
    }

    /** Whether {@code question} asks how long something lasted ({@code language/duration-phrases.tsv}). */
    public boolean asksDuration(String question) {
        return holdsPhrase(question, durationPhrases);
    }

    /**
     * Whether {@code question} asks for a time of day ({@code language/clock-times.tsv}: "at what time", "um wie viel
     * Uhr", "à quelle heure").
     */
    public boolean asksClockTime(String question) {
        return holdsPhrase(question, clockPhrases);
    }

    /** Whether {@code text} states a time of day: "04:09", "5.42 Uhr", "1:40 p.m.", "13 h 40", "à 7 heures". */
    public boolean statesClockTime(String text) {
        return clockTime.matcher(text).find();
    }

    /**
     * Whether {@code question}, written in {@code language}, puts what it asks in the future ({@code
     * language/future-phrases.tsv}: "will", "wird", "rouvrira").
     */
    public boolean asksFuture(String question, String language) {
        String padded = padded(question);
        List<String> words = List.of(padded.strip().split(" "));
        return languageToFuturePhrases.getOrDefault(language, List.of()).stream().anyMatch(phrase ->
                phrase.startsWith("*")
                        ? words.stream().anyMatch(word -> word.length() >= MIN_FUTURE_WORD
                                && word.endsWith(phrase.substring(1)))
                        : padded.contains(" " + phrase + " "));
    }

    /**
     * Reads a file of "asks" phrases (of any language: a question may mix them) and "states" phrases (per language:
     * read only in a sentence of it), as {@code language/reason-phrases.tsv} and {@code
     * language/statement-phrases.tsv} hold them.
     */
    private static void readAsksAndStates(String resource, List<String> asks, Map<String, List<String>> states) {
        for (String[] row : rows(resource, 3)) {
            if (row[0].strip().equals("asks")) {
                asks.add(row[2].strip());
            } else {
                states.computeIfAbsent(row[1].strip(), language -> new ArrayList<>()).add(row[2].strip());
            }
        }
    }

    /** Whether {@code question} asks why ({@code language/reason-phrases.tsv}: "why", "wieso", "pourquoi"). */
    public boolean asksReason(String question) {
        return holdsPhrase(question, reasonPhrases);
    }

    /**
     * Whether {@code sentence}, written in {@code language}, gives a cause or a reason ({@code
     * language/reason-phrases.tsv}: "because", "wegen", "en raison de"): what a why-question asks for.
     */
    public boolean statesReason(String sentence, String language) {
        return holdsPhrase(sentence, languageToReasonWords.getOrDefault(language, List.of()));
    }

    /**
     * Whether {@code question} asks what someone said ({@code language/statement-phrases.tsv}: "was sagt Velora
     * dazu", "what did the minister say"); read only for a question that asks for no figure, date or name.
     */
    public boolean asksStatement(String question) {
        return holdsPhrase(question, statementPhrases);
    }

    /**
     * Whether {@code sentence}, written in {@code language}, reports what someone said ({@code
     * language/statement-phrases.tsv}: "said", "erklärte", "selon"), or quotes it: what a question about a
     * party's statement asks for.
     */
    public boolean reportsSpeech(String sentence, String language) {
        return sentence.chars().anyMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0)
                || holdsPhrase(sentence, languageToSpeechWords.getOrDefault(language, List.of()));
    }

    /**
     * Whether {@code question} asks since when a state holds ({@code language/duration-phrases.tsv}: "since when",
     * "seit wann", "depuis quand"): a year alone answers it.
     */
    public boolean asksSince(String question) {
        return holdsPhrase(question, sincePhrases);
    }

    /**
     * Whether {@code question} asks for an amount rather than a count ({@code language/amount-phrases.tsv}: "how
     * much", "wie viel", "combien"); what it counts, if anything, is read separately: a question that counts nothing
     * and names no unit then asks for a sum of money.
     */
    public boolean asksAmount(String question) {
        return holdsPhrase(question, amountPhrases);
    }

    /** Whether {@code text}, folded, holds one of {@code phrases} as whole words. */
    private static boolean holdsPhrase(String text, List<String> phrases) {
        String padded = padded(text);
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }

    /** Whether {@code term} is a unit that measures time ("day", "month"). */
    public boolean isTimeUnit(String term) {
        return timeUnits.contains(term);
    }

    /** True for words that only say what kind of answer is wanted ("how", "wann", "combien"). */
    public boolean isQuestionWord(String foldedWord) {
        return questionWords.contains(foldedWord);
    }

    /**
     * The kind of answer a question asks for, from its earliest question phrase. A phrase of kind "other" (or
     * "thing", "naming") counts only when it has several words, so it hides the kinds of its own words ("qu'est-ce qui" asks
     * what, not who); a single "what" or "how" leaves the kind to the phrase after it.
     */
    public QuestionKind questionKind(String question) {
        String kind = earliestQuestionPhraseKind(question);
        return kind == null || isOther(kind) ? QuestionKind.OTHER : QuestionKind.named(kind);
    }

    /**
     * Whether the earliest question phrase asks what ("what", "was", "que": kind "thing" of {@code
     * language/question-types.tsv}); its kind is {@link QuestionKind#OTHER}.
     */
    public boolean asksWhat(String question) {
        return THING.equals(earliestQuestionPhraseKind(question));
    }

    /** The kind, as the data names it, of the earliest question phrase of {@code question}, or null for none. */
    private String earliestQuestionPhraseKind(String question) {
        String padded = padded(question);
        int best = Integer.MAX_VALUE;
        int bestLength = 0;
        String kind = null;
        for (String[] phrase : questionPhrases) {
            int at = padded.indexOf(" " + phrase[1] + " ");
            // A one-word "other" or "thing" phrase counts only where it starts the question: "what" there asks
            // what, and a later "when" ("what did it say when ...") is no question word; elsewhere "was" may be
            // English.
            if (at < 0 || (isOther(phrase[0]) && !phrase[1].contains(" ") && at > 0)
                    || joinsAClause(padded, phrase[1], at)) {
                continue;
            }
            if (at < best || (at == best && phrase[1].length() > bestLength)) {
                best = at;
                bestLength = phrase[1].length();
                kind = phrase[0];
            }
        }
        return kind;
    }

    /** Whether a kind of {@code language/question-types.tsv} leaves the kind to the question's concepts. */
    private static boolean isOther(String kind) {
        return kind.equals("other") || kind.equals(THING) || kind.equals(NAMING);
    }

    /**
     * Whether the question asks what something is called: a phrase of kind "naming" ({@code
     * language/question-types.tsv}) that starts the question ("nom du fournisseur stp"), is one of its last two words
     * ("whats the co-op called tho", "la boîte s'appelle comment"), or has several words. A naming word inside a
     * phrase of a concept ("called off", "calls the shots") asks nothing.
     */
    public boolean asksTheName(String question) {
        String padded = padded(question);
        List<String> words = List.of(padded.strip().split(" "));
        for (String[] phrase : questionPhrases) {
            if (!phrase[0].equals(NAMING) || !padded.contains(" " + phrase[1] + " ")) {
                continue;
            }
            if (phrase[1].contains(" ")) {
                return true;
            }
            int at = words.lastIndexOf(phrase[1]);
            boolean inConceptPhrase = phraseToConcept.keySet().stream().anyMatch(conceptPhrase
                    -> List.of(conceptPhrase.split(" ")).contains(phrase[1])
                            && padded.contains(" " + conceptPhrase + " "));
            if (!inConceptPhrase && (words.indexOf(phrase[1]) == 0 || at >= words.size() - 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question word {@code word}, found at {@code at} of the padded, folded question, is a relative
     * pronoun there ({@code language/relative-pronouns.tsv}): not at the start or the end, nor after a word it may
     * follow as a question word ("à qui", "c'est qui").
     */
    private boolean joinsAClause(String padded, String word, int at) {
        Set<String> allowedBefore = relativeToAllowedBefore.get(word);
        if (allowedBefore == null || at == 0 || at + word.length() + 2 >= padded.length()) {
            return false;
        }
        String before = padded.substring(0, at).strip();
        return !allowedBefore.contains(before.substring(before.lastIndexOf(' ') + 1));
    }

    /**
     * The words right after the earliest phrase of {@code question} that asks for a number of things ("how many
     * blue buses stopped": "blue", "buses"), at most {@code count}, folded; empty when it asks for no count, also
     * when a longer question phrase starts there and asks for a measure instead ("combien de temps": how long).
     */
    public List<String> wordsAfterCountPhrase(String question, int count) {
        List<String> words = List.of(fold(question).replaceAll("[^a-z0-9]+", " ").strip().split(" "));
        for (int start = 0; start < words.size(); start++) {
            for (List<String> phraseWords : countPhrases) {
                int end = start + phraseWords.size();
                if (end <= words.size() && words.subList(start, end).equals(phraseWords)) {
                    return longerQuestionPhraseAt(words, start, phraseWords.size())
                            ? List.of() : words.subList(end, Math.min(words.size(), end + count));
                }
            }
        }
        return List.of();
    }

    private boolean longerQuestionPhraseAt(List<String> words, int start, int length) {
        String from = String.join(" ", words.subList(start, words.size())) + " ";
        return questionPhrases.stream().map(phrase -> phrase[1])
                .anyMatch(phrase -> phrase.split(" ").length > length && from.startsWith(phrase + " "));
    }

    /** The question phrases of each language ("wie viele" for de), to tell the language of short questions. */
    public Map<String, Set<String>> questionPhrasesByLanguage() {
        return languageToQuestionPhrases;
    }

    /** The first phrase listed for {@code kind} in {@code language} ("when"), or an empty string. */
    public String questionPhrase(QuestionKind kind, String language) {
        return firstPhrase.getOrDefault(kind + "/" + language, "");
    }

    /** {@code text} with thousands separators removed, so "6,000", "6.000" and "6000" compare equal. */
    public static String withoutThousandsSeparators(String text) {
        return THOUSANDS_SEPARATOR.matcher(text).replaceAll("");
    }

    /** Lower case without diacritics, as the analyzers see words. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace("ß", "ss");
    }

    /** {@code text} folded, its words split by single spaces, with a space before and after: " wie lange dauerte ". */
    private static String padded(String text) {
        return " " + fold(text).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }

    /** A question phrase of {@code kind} ("date") in {@code language}: its words are question words. */
    private void addQuestionPhrase(String kind, String language, String phrase) {
        questionPhrases.add(new String[] {kind, phrase});
        languageToQuestionPhrases.computeIfAbsent(language, key -> new HashSet<>()).add(phrase);
        if (!isOther(kind)) {
            firstPhrase.putIfAbsent(QuestionKind.named(kind) + "/" + language, phrase);
        }
        questionWords.addAll(List.of(phrase.split(" ")));
    }

    /**
     * A time of day as {@code language/clock-times.tsv} writes it, by role: "04:09" (a colon needs no marker), an hour
     * with its "marker" ("5.42 Uhr", "1:40 p.m.", "13 h 40"), or an "hour-word" after a "before" word ("à 7 heures").
     */
    private static Pattern clockTimePattern(Map<String, List<String>> roleToWords) {
        String none = "\\b\\B";
        String markers = String.join("|", roleToWords.getOrDefault("marker", List.of(none)));
        String before = String.join("|", roleToWords.getOrDefault("before", List.of(none)));
        String hourWords = String.join("|", roleToWords.getOrDefault("hour-word", List.of(none)));
        return Pattern.compile("(?<![\\d.,])(?:\\d{1,2}:\\d{2}(?!\\d)"
                + "|\\d{1,2}(?:[.:]\\d{2})?\\s?(?:" + markers + ")(?:\\s?\\d{2})?(?![\\p{L}\\d]))"
                + "|(?<![\\p{L}])(?:" + before + ")\\s+\\d{1,2}\\s?(?:" + hourWords + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE);
    }

    private static List<String[]> rows(String resource, int columns) {
        return LanguageData.rows(resource, columns);
    }
}

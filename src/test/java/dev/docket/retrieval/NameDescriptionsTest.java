package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.knowledge.Sentence;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A question may describe a party instead of naming it; the articles' own descriptions tell which party. */
final class NameDescriptionsTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    private NameDescriptions descriptionsOf(String... texts) {
        List<IndexedSentence> sentences = Arrays.stream(texts)
                .map(text -> features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0])))
                .toList();
        Set<String> names = sentences.stream().flatMap(sentence -> sentence.nameTerms().stream())
                .collect(Collectors.toSet());
        return NameDescriptions.of(List.of(new IndexedPassage(null, null, null, sentences)), names);
    }

    @Test
    void should_read_the_airline_as_the_name_the_articles_keep_calling_the_airline() {
        NameDescriptions descriptions = descriptionsOf(
                "On Monday the airline Velora cancelled most of its flights.",
                "Passengers of the airline Velora waited for hours.",
                "The software maker Quillix apologised for the faulty update.",
                "Its customers include the airline Velora and the bank Brandt.");

        assertEquals("velor", descriptions.nameDescribedBy(List.of("~airline")));
        assertNull(descriptions.nameDescribedBy(List.of("~software", "~maker")), "described once only");
    }

    @Test
    void should_read_no_name_into_a_description_the_articles_give_several_names_alike() {
        NameDescriptions descriptions = descriptionsOf(
                "The company Velora sued the company Quillix.",
                "The company Quillix answered the company Velora in a letter.");

        assertNull(descriptions.nameDescribedBy(List.of("~company")));
    }

    @Test
    void should_prefer_the_description_most_particular_to_one_name() {
        NameDescriptions descriptions = descriptionsOf(
                "The airline Velora cancelled flights, the company said.",
                "The airline Velora and the company Quillix disagree.",
                "The company Quillix, a software maker, apologised.",
                "The company Quillix released an update.");

        assertEquals("velor", descriptions.nameDescribedBy(List.of("~company", "~airline")));
    }

    @Test
    void should_pair_a_role_with_the_kind_of_organisation_it_belongs_to_in_a_sentence() {
        String text = "Die Anwältin des Vereins, Annika Brandt, widersprach.";
        IndexedSentence sentence = features.analyse(
                new Sentence(0, text.length(), text), "de", CompactVector.of(new float[0]), null);

        assertTrue(sentence.namePairs().contains("~association ~lawyer"), sentence.namePairs().toString());
    }

    @Test
    void should_tell_a_party_the_articles_describe_from_a_name_they_only_mention() {
        NameDescriptions descriptions = descriptionsOf(
                "On Monday the airline Velora cancelled most of its flights.",
                "Passengers of the airline Velora waited for hours.",
                "Velora's statement quoted Reuters.");

        assertTrue(descriptions.isDescribed("velor"));
        assertTrue(!descriptions.isDescribed("reute"), "only mentioned");
    }
}

package id.sistemkerja.regulation.competence;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared vocabulary of competence fields that TEAM-05 and TEAM-06 match through. */
class CompetencyVocabularyTest {

    private final CompetencyVocabulary vocabulary = CompetencyVocabulary.standard();

    @Test
    @DisplayName("TEAM-05 a code, its name and its synonyms are one field, whatever the case, accents, punctuation and spacing")
    void synonymsAreOneField() {
        assertThat(vocabulary.matching(List.of("Kesehatan Masyarakat"), List.of("kesmas")))
                .containsExactly("KESEHATAN_MASYARAKAT");
        assertThat(vocabulary.matching(List.of("KESEHATAN_MASYARAKAT"), List.of("  Public-Health ")))
                .containsExactly("KESEHATAN_MASYARAKAT");
        assertThat(vocabulary.codeOf("Pranata Komputer")).isEqualTo("TEKNOLOGI_INFORMASI");
    }

    @Test
    @DisplayName("TEAM-05 different fields do not match, and a text the vocabulary does not know matches only the same text")
    void otherFieldsAndUnknownTexts() {
        assertThat(vocabulary.matching(List.of("kesehatan masyarakat"), List.of("akuntansi", "keperawatan"))).isEmpty();
        assertThat(vocabulary.matching(List.of("Budidaya Ikan"), List.of("budidaya ikan")))
                .containsExactly("TEXT:budidaya ikan");
        assertThat(vocabulary.matching(List.of("Budidaya Ikan"), List.of("perikanan"))).isEmpty();
        assertThat(vocabulary.matching(List.of(), List.of("kesmas"))).isEmpty();
    }

    @Test
    @DisplayName("every text of the vocabulary names exactly one field")
    void unambiguous() {
        assertThat(vocabulary.competencies()).isNotEmpty().allSatisfy(c ->
                assertThat(vocabulary.find(c.name())).hasValueSatisfying(found ->
                        assertThat(found.code()).isEqualTo(c.code())));
    }
}

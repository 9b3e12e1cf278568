package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecaf.domain.child.matching.NameSimilarity.Likeness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({"MOHAMMED,MUHAMMAD", "MOHAMMED,MOHAMED", "MUHAMMAD,MOHAMED", "MOHAMMAD,MOHAMMED", "KATIE,KATY",
            "AIDEN,AIDAN", "AIDEN,AYDEN", "JON,JOHN", "SMITH,SMYTH", "BROWN,BRAUN", "ZOE,ZOEY", "HUSSAIN,HUSSEIN",
            "STEPHEN,STEVEN", "CHRISTOPHER,KRISTOFER", "SOPHIE,SOPHIA", "KHAN,KAHN", "JAYDEN,JADEN"})
    void soundAlike(String a, String b) {
        assertThat(NameSimilarity.compare(a, b)).isEqualTo(Likeness.SOUNDS_LIKE);
        assertThat(NameSimilarity.compare(b, a)).isEqualTo(Likeness.SOUNDS_LIKE);
    }

    @ParameterizedTest(name = "{0} is spelt like {1}")
    @CsvSource({"SMITH,SNITH", "LUCJA,LUCIA", "THOMPSON,THOMSON", "JESSICA,JESSCIA"})
    void speltAlike(String a, String b) {
        assertThat(NameSimilarity.compare(a, b)).isEqualTo(Likeness.SPELT_LIKE);
        assertThat(NameSimilarity.compare(b, a)).isEqualTo(Likeness.SPELT_LIKE);
    }

    @ParameterizedTest(name = "typo {1} for {0} is caught one way or the other")
    @CsvSource({"SMITH,SMIHT", "WILLIAMS,WILIAMS", "MOHAMMED,MOHAMMMED", "PATEL,PATIL", "EVANS,EVENS"})
    void typosAreCaughtByPhoneticsOrSpelling(String a, String b) {
        assertThat(NameSimilarity.compare(a, b)).isNotIn(Likeness.NONE, Likeness.SAME);
    }

    @ParameterizedTest(name = "{0} is not like {1}")
    @CsvSource({"TOM,TIM", "DAN,DON", "JACK,OLIVER", "JONES,JAMES", "SMITH,SMART", "OLIVER,OLIVIA", "HARRY,HARRIET",
            "EMMA,EMILY", "BEN,BETH", "AMELIA,EMILIA", "JON,JIN", "SIOBHAN,SHIVAUN"})
    void notAlike(String a, String b) {
        assertThat(NameSimilarity.compare(a, b)).isEqualTo(Likeness.NONE);
        assertThat(NameSimilarity.compare(b, a)).isEqualTo(Likeness.NONE);
    }

    @Test
    void otherScriptsAreOnlyEverTheSame() {
        assertThat(NameSimilarity.compare("ИВАН", "ИВАН")).isEqualTo(Likeness.SAME);
        assertThat(NameSimilarity.compare("ИВАН", "ИВАНА")).isEqualTo(Likeness.NONE);
        assertThat(NameSimilarity.compare("ИВАН", "IVAN")).isEqualTo(Likeness.NONE);
    }

    @Test
    void editDistanceCountsASwapOfNeighboursAsOne() {
        assertThat(NameSimilarity.editDistance("SMITH", "SMIHT")).isEqualTo(1);
        assertThat(NameSimilarity.editDistance("SMITH", "SMYTHE")).isEqualTo(2);
        assertThat(NameSimilarity.editDistance("", "ABC")).isEqualTo(3);
    }

    @Test
    void keysArePrimaryCodesOfAtMostFourCharacters() {
        assertThat(NameSimilarity.key("SMITH")).isEqualTo(NameSimilarity.key("SMYTH")).isEqualTo("SM0");
        assertThat(NameSimilarity.key("MOHAMMED")).isEqualTo(NameSimilarity.key("MUHAMMAD"));
        assertThat(NameSimilarity.key("CHRISTOPHER")).hasSizeLessThanOrEqualTo(4);
        assertThat(NameSimilarity.key("ИВАН")).isEqualTo("ИВАН");
        assertThat(NameSimilarity.key("")).isNull();
        assertThat(NameSimilarity.key(null)).isNull();
    }
}

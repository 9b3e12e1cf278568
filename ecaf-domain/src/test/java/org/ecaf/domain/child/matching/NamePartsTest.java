package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecaf.domain.child.matching.NameParts.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamePartsTest {

    @Test
    void particlesJoinTheFollowingWord() {
        assertThat(NameParts.familyName("O Neill").parts()).containsExactly(new Part("ONEILL", null));
        assertThat(NameParts.familyName("O'Neill").parts()).containsExactly(new Part("ONEILL", null));
        assertThat(NameParts.familyName("Mc Donald").parts()).containsExactly(new Part("MCDONALD", null));
        assertThat(NameParts.familyName("van der Berg").parts()).containsExactly(new Part("VANDERBERG", "BERG"));
        assertThat(NameParts.familyName("Al-Hassan").parts()).containsExactly(new Part("ALHASSAN", "HASSAN"));
        assertThat(NameParts.familyName("Le").parts()).containsExactly(new Part("LE", null));
    }

    @Test
    void doubleBarrelledNamesHaveAPartForEachName() {
        assertThat(NameParts.familyName("Smith-Jones").parts())
                .containsExactly(new Part("SMITH", null), new Part("JONES", null));
        assertThat(NameParts.familyName("Smith-Jones").joined()).isEqualTo("SMITHJONES");
    }

    @Test
    void aBarePartMatchesTheNameWithoutItsParticle() {
        assertThat(new Part("ALHASSAN", "HASSAN").sameAs(new Part("HASSAN", null))).isTrue();
        assertThat(new Part("HASSAN", null).sameAs(new Part("ALHASSAN", "HASSAN"))).isTrue();
        assertThat(new Part("MCDONALD", null).sameAs(new Part("DONALD", null))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Unborn", "Unborn baby", "Baby", "baby boy", "Unborn baby of Jane Smith",
            "Not known", "TBC", "Twin 1", "Unknown", "J"})
    void placeholderGivenNamesAreNotKnown(String given) {
        assertThat(NameParts.givenNames(given).isKnown()).isFalse();
    }

    @Test
    void initialsAreLeftOutOfGivenNames() {
        assertThat(NameParts.givenNames("Jack T. Smith").words()).containsExactly("JACK", "SMITH");
        assertThat(NameParts.givenNames("Jo").words()).containsExactly("JO");
    }

    @Test
    void anUnbornBabyOfItsMotherTakesTheMothersFamilyName() {
        assertThat(NameParts.familyName("Unborn baby of Jane Smith").joined()).isEqualTo("SMITH");
        assertThat(NameParts.familyName("Unborn baby of Smith").joined()).isEqualTo("SMITH");
        assertThat(NameParts.familyName("Baby Smith").joined()).isEqualTo("SMITH");
        assertThat(NameParts.familyName("Unknown").isKnown()).isFalse();
    }

    @Test
    void remembersHowAWordWasEntered() {
        NameParts given = NameParts.givenNames("Zoë Mary-Jane");
        assertThat(given.asEntered("ZOE")).isEqualTo("Zoë");
        assertThat(given.asEntered("JANE")).isEqualTo("Jane");
        assertThat(given.asEntered("OTHER")).isEqualTo("Other");
    }
}

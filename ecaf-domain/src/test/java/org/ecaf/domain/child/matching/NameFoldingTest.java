package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zoë|ZOE",
            "ZOE|ZOE",
            "zoe|ZOE",
            "Siobhán|SIOBHAN",
            "Łucja|LUCJA",
            "łucja|LUCJA",
            "Nguyễn|NGUYEN",
            "Søren|SOREN",
            "Þóra|THORA",
            "Æthelred|AETHELRED",
            "Straße|STRASSE",
            "Đorđe|DORDE",
            "İlkay|ILKAY",
            "François|FRANCOIS",
            "O'Neill|ONEILL",
            "O’Neill|ONEILL",
            "O Neill|O NEILL",
            "Smith-Jones|SMITH JONES",
            "Smith – Jones|SMITH JONES",
            "  Mary   Jane  |MARY JANE",
            "St. John|ST JOHN",
            "Twin 2|TWIN",
            "ﬁona|FIONA"})
    void foldsAccentsCaseAndPunctuation(String name, String folded) {
        assertThat(NameFolding.fold(name)).isEqualTo(folded);
    }

    @Test
    void keepsOtherScriptsAsTheyAre() {
        assertThat(NameFolding.fold("Иван")).isEqualTo("ИВАН");
        assertThat(NameFolding.fold("محمد")).isEqualTo("محمد");
        assertThat(NameFolding.fold("王 芳")).isEqualTo("王 芳");
    }

    @Test
    void nothingToFold() {
        assertThat(NameFolding.fold(null)).isEmpty();
        assertThat(NameFolding.fold("")).isEmpty();
        assertThat(NameFolding.fold(" - ' . ")).isEmpty();
        assertThat(NameFolding.words("  ")).isEmpty();
    }

    @Test
    void wordsSplitsOnSpacesAndHyphens() {
        assertThat(NameFolding.words("Mary-Jane O'Neill")).containsExactly("MARY", "JANE", "ONEILL");
    }
}

package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit tests for text cleaning and line breaking. */
class LineBreakerTest {

    private static final Typeface FACE = Typeface.REGULAR;

    @Test
    void linesNeverExceedTheWidthAndKeepEveryWord() {
        String text = Text.clean(Samples.answer(3, 1, 6), FACE);
        List<String> lines = LineBreaker.wrap(text, FACE, 10.5f, 200f);
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines).allSatisfy(l -> assertThat(FACE.width(l, 10.5f)).isLessThanOrEqualTo(200f));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void aWordLongerThanTheLineIsSplit() {
        String word = "x".repeat(200);
        List<String> lines = LineBreaker.wrap("see " + word + " end", FACE, 10f, 100f);
        assertThat(lines.get(0)).isEqualTo("see");
        assertThat(String.join("", lines.subList(1, lines.size() - 1)) + lines.get(lines.size() - 1))
                .isEqualTo(word + " end");
        assertThat(lines).allSatisfy(l -> assertThat(FACE.width(l, 10f)).isLessThanOrEqualTo(100f));
    }

    @Test
    void lineBreaksAreKeptAndBlankLinesBecomeOneParagraphGap() {
        List<String> lines = LineBreaker.wrap(Text.clean("one\ntwo\n\n\n\nthree\n\n", FACE), FACE, 10f, 400f);
        assertThat(lines).containsExactly("one", "two", "", "three");
    }

    @Test
    void emptyTextHasNoLines() {
        assertThat(LineBreaker.wrap("", FACE, 10f, 100f)).isEmpty();
    }

    @Test
    void cleaningNormalisesSpacesLineEndingsAndComposesAccents() {
        assertThat(Text.clean("  a\t\tb \r\n c\rd\u00A0e\u00ADf  ", FACE)).isEqualTo("a b\nc\nd\u00A0ef");
        assertThat(Text.clean("Nguye\u0302\u0303n", FACE)).isEqualTo("Nguyễn");
        assertThat(Text.clean(null, FACE)).isEmpty();
    }

    @Test
    void bothFacesCoverWelshPolishIrishAndVietnameseNames() {
        for (Typeface face : Typeface.values()) {
            Samples.NAMES.codePoints().forEach(cp -> assertThat(face.supports(cp)).as("U+%04X in %s", cp, face).isTrue());
            assertThat(face.supports(0x0175)).isTrue();
            assertThat(face.supports(0x0177)).isTrue();
        }
    }
}

package org.ecaf.web.interfaces.jsf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The child-seen date and time is typed as people in England write it, and shown the same way. */
class UkDateTimeConverterTest {

    private final UkDateTimeConverter converter = new UkDateTimeConverter();

    @Test
    void aDateAndTimeTypedTheUkWayIsRead() {
        LocalDateTime expected = LocalDateTime.of(2027, 3, 27, 14, 30);
        assertThat(converter.getAsObject(null, null, "27/03/2027 14:30")).isEqualTo(expected);
        assertThat(converter.getAsObject(null, null, " 27/3/2027  14.30 ")).isEqualTo(expected);
        assertThat(converter.getAsObject(null, null, "27-03-2027 14:30")).isEqualTo(expected);
        assertThat(converter.getAsObject(null, null, "")).isNull();
    }

    @Test
    void anImpossibleOrAmericanOrderedValueIsRefusedWithAnExample() {
        for (String wrong : new String[] {"31/02/2027 10:00", "03/27/2027 14:30", "27/03/2027", "27/03/2027 25:00"}) {
            assertThatThrownBy(() -> converter.getAsObject(null, null, wrong)).as(wrong)
                    .isInstanceOf(ConverterException.class).hasMessageContaining("27/03/2027 14:30");
        }
    }

    @Test
    void itIsShownAsTyped() {
        assertThat(converter.getAsString(null, null, LocalDateTime.of(2027, 3, 7, 9, 5))).isEqualTo("07/03/2027 09:05");
    }
}

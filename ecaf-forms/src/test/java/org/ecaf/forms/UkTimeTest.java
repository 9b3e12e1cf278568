package org.ecaf.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkTimeTest {

    @Test
    void datesAreWrittenDayMonthYearAsTheFormatterWritesThem_everyDayOfSeveralYears() {
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            assertThat(UkTime.date(day)).isEqualTo(UkTime.DATE.format(day));
        }
        assertThat(UkTime.date(LocalDate.of(2015, 3, 4))).isEqualTo("04/03/2015");
        assertThat(UkTime.date(LocalDate.of(12026, 3, 4))).isEqualTo(UkTime.DATE.format(LocalDate.of(12026, 3, 4)));
        assertThat(UkTime.date(null)).isEmpty();
    }
}

package fr.cession.domain.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchCalendarTest {

    private final FrenchCalendar calendar = new FrenchCalendar();

    @Test
    void knowsTheNationalHolidaysOf2026() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 4, 6))).as("lundi de Pâques").isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 5, 14))).as("Ascension").isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 7, 14))).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).as("samedi").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).as("dimanche").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 11))).as("11 novembre").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
    }

    @Test
    void countsWorkingDaysAcrossAWeekendAndAHoliday() {
        // Tuesday 10 Nov 2026 + 1 working day skips Wednesday 11 Nov (Armistice).
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 10), 1)).isEqualTo(LocalDate.of(2026, 11, 12));
        // Friday + 1 working day is Monday.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        // Monday - 3 working days is the previous Wednesday.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 23), -3)).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(calendar.nextWorkingDayFrom(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}

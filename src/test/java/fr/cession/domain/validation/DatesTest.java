package fr.cession.domain.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Days and times typed in the order form, e.g. the hand-over date and time (004:26). */
class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"05/03/2020", "5/3/2020", "05.03.2020", "05-03-2020", "05032020", "2020-03-05",
            "  05/03/2020 "})
    void the_french_ways_of_writing_a_day_read_the_same_day(String typed) {
        assertThat(Dates.parse(typed)).contains(LocalDate.of(2020, 3, 5));
        assertThat(Dates.problem(Field.FIRST_REGISTRATION, typed)).isEmpty();
    }

    @Test
    void a_day_that_does_not_exist_is_refused_not_rolled_over() {
        assertThat(Dates.parse("31/02/2020")).isEmpty();
        assertThat(Dates.parse("29/02/2021")).isEmpty();
        assertThat(Dates.parse("29/02/2020")).contains(LocalDate.of(2020, 2, 29));
        assertThat(Dates.parse("00/01/2020")).isEmpty();
        assertThat(Dates.parse("01/13/2020")).isEmpty();
    }

    @Test
    void an_unreadable_day_names_the_field_and_the_expected_form() {
        assertThat(Dates.problem(Field.LAST_CT, " 31/02/2020 ")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("Date du dernier CT : « 31/02/2020 » — date invalide (jj/mm/aaaa, ex. 05/03/2020)");
            assertThat(p.key()).isEqualTo("field.invalid.date.unreadable");
            assertThat(p.args()).isEqualTo(List.of(Field.LAST_CT, "31/02/2020"));
        });
        assertThat(Dates.problem(Field.LAST_CT, "demain")).isPresent();
    }

    @Test
    void an_empty_day_is_left_to_the_caller() {
        assertThat(Dates.problem(Field.LAST_CT, null)).isEmpty();
        assertThat(Dates.problem(Field.LAST_CT, "  ")).isEmpty();
        assertThat(Dates.parse(null)).isEmpty();
        assertThat(Dates.parse(" ")).isEmpty();
    }

    @Test
    void times_of_day_the_ways_people_type_them() {
        assertThat(Dates.parseTime("10:00")).contains(LocalTime.of(10, 0));
        assertThat(Dates.parseTime("10h30")).contains(LocalTime.of(10, 30));
        assertThat(Dates.parseTime("10H30")).contains(LocalTime.of(10, 30));
        assertThat(Dates.parseTime("9h")).contains(LocalTime.of(9, 0));
        assertThat(Dates.parseTime(" 14 ")).contains(LocalTime.of(14, 0));
        assertThat(Dates.parseTime("0:00")).contains(LocalTime.MIDNIGHT);
    }

    @Test
    void the_last_minute_of_the_day_is_a_time_and_the_next_is_not() {
        assertThat(Dates.parseTime("23:59")).contains(LocalTime.of(23, 59));
        assertThat(Dates.parseTime("24:00")).isEmpty();
        assertThat(Dates.parseTime("24")).isEmpty();
        assertThat(Dates.parseTime("10:60")).isEmpty();
        assertThat(Dates.parseTime("10:5")).isEmpty();
        assertThat(Dates.parseTime("midi")).isEmpty();
        assertThat(Dates.parseTime(null)).isEmpty();
    }

    @Test
    void an_unreadable_time_names_the_field_and_the_expected_form() {
        assertThat(Dates.timeProblem(Field.HANDOVER_TIME, " 25h ")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("Heure de cession : « 25h » — heure invalide (hh:mm, ex. 10:00)");
            assertThat(p.key()).isEqualTo("field.invalid.time.unreadable");
            assertThat(p.args()).isEqualTo(List.of(Field.HANDOVER_TIME, "25h"));
        });
        assertThat(Dates.timeProblem(Field.HANDOVER_TIME, "10h")).isEmpty();
        assertThat(Dates.timeProblem(Field.HANDOVER_TIME, null)).isEmpty();
        assertThat(Dates.timeProblem(Field.HANDOVER_TIME, " ")).isEmpty();
    }
}

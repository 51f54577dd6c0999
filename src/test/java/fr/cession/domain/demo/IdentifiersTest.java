package fr.cession.domain.demo;

import org.iban4j.IbanUtil;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class IdentifiersTest {

    /** Each repetition draws from its own seed, so twenty repetitions check twenty different values. */
    private static Identifiers ids(RepetitionInfo repetition) {
        return new Identifiers(new Random(7_000L + repetition.getCurrentRepetition()));
    }

    @Test
    void checkDigitOfAPublishedVin() {
        // The textbook example of ISO 3779 / FMVSS 115: check digit X.
        assertThat(Identifiers.vinCheckDigit("1M8GDM9AXKP042788")).isEqualTo('X');
        assertThat(Identifiers.vinCheckDigit("11111111111111111")).isEqualTo('1');
    }

    @RepeatedTest(20)
    void vinsHave17AllowedCharactersAndACorrectCheckDigit(RepetitionInfo repetition) {
        Identifiers ids = ids(repetition);
        String vin = ids.vin("VF1", 2019);
        assertThat(vin).hasSize(17).startsWith("VF1").matches("[A-HJ-NPR-Z0-9]{17}");
        assertThat(vin.charAt(8)).isEqualTo(Identifiers.vinCheckDigit(vin));
    }

    @RepeatedTest(20)
    void sivPlatesFollowTheNationalFormat(RepetitionInfo repetition) {
        Identifiers ids = ids(repetition);
        String plate = ids.sivPlate();
        assertThat(plate).matches("[A-HJ-NP-TV-Z]{2}-\\d{3}-[A-HJ-NP-TV-Z]{2}").doesNotContain("-000-");
        assertThat(plate.substring(0, 2)).isNotIn("SS", "WW");
        assertThat(plate.substring(7)).isNotEqualTo("SS");
    }

    @RepeatedTest(20)
    void sirensPassTheLuhnCheck(RepetitionInfo repetition) {
        Identifiers ids = ids(repetition);
        String siren = ids.siren();
        assertThat(siren).matches("\\d{9}");
        assertThat(Identifiers.luhnValid(siren)).isTrue();
    }

    @Test
    void aKnownSirenIsLuhnValid() {
        assertThat(Identifiers.luhnValid("732829320")).isTrue();
        assertThat(Identifiers.luhnValid("732829321")).isFalse();
    }

    @RepeatedTest(10)
    void frenchIbansAreValid(RepetitionInfo repetition) {
        Identifiers ids = ids(repetition);
        String iban = ids.frenchIban();
        assertThat(iban).startsWith("FR").hasSize(27);
        assertThatCode(() -> IbanUtil.validate(iban)).doesNotThrowAnyException();
    }
}

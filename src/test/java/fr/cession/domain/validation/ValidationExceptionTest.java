package fr.cession.domain.validation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationExceptionTest {

    @Test
    void every_refusal_is_kept_and_said_in_one_message() {
        List<FieldError> errors = new ArrayList<>(List.of(
                new FieldError("advisor", "Commercial : obligatoire"),
                new FieldError("vehicle.make", "Marque : obligatoire")));
        ValidationException e = new ValidationException(errors);
        errors.clear();
        assertThat(e).hasMessage("Commercial : obligatoire ; Marque : obligatoire");
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("advisor", "vehicle.make");
        assertThat(new ValidationException(new FieldError("iban", "IBAN : obligatoire")).errors())
                .extracting(FieldError::message).containsExactly("IBAN : obligatoire");
    }
}

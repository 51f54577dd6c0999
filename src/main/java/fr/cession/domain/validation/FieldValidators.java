package fr.cession.domain.validation;

import java.util.Optional;

/**
 * One entry point per field for the screens, checked as the user types: each returns the French
 * refusal (naming the field and the reason), or empty when the value is acceptable. Warnings are
 * separate: they never block a save.
 */
public final class FieldValidators {

    private FieldValidators() {
    }

    public static Optional<String> plate(String value) {
        return Plate.check(value);
    }

    public static Optional<String> plateWarning(String value) {
        return Plate.warning(value);
    }

    /** The warning said by key, for a screen in another language than French. */
    public static Optional<FieldError.Problem> plateWarningProblem(String value) {
        return Plate.warningProblem(value);
    }

    public static Optional<FieldError.Problem> vinWarningProblem(String value) {
        return Vin.warningProblem(value);
    }

    public static Optional<String> vin(String value) {
        return Vin.check(value);
    }

    public static Optional<String> vinWarning(String value) {
        return Vin.warning(value);
    }

    public static Optional<String> iban(String value) {
        return Iban.check(value);
    }

    public static Optional<String> phone(String value) {
        return Phone.check(value);
    }

    public static Optional<String> email(String value) {
        return Email.check(value);
    }

    public static Optional<String> siren(String value) {
        return Siren.check(value);
    }

    public static Optional<String> amount(String label, String value) {
        return Amount.check(label, value);
    }

    public static Optional<String> required(String label, String value) {
        return value == null || value.isBlank() ? Optional.of(label + " : obligatoire") : Optional.empty();
    }
}

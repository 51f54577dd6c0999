package fr.cession.domain.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The edges of each identifier check: the last value accepted, the first refused, and what is said. */
class IdentifiersEdgeTest {

    // --- SIREN (004:13 "Si pro : Kbis ...")

    @Test
    void siren_key_holds_when_a_doubled_digit_goes_past_nine() {
        // 732829320: the 9 in fourth position from the right doubles to 18, which counts 9.
        assertThat(Siren.problem("732 829 320")).isEmpty();
        assertThat(Siren.problem("732829330")).get().extracting(FieldError.Problem::french)
                .isEqualTo("SIREN : « 732829330 » — la clé de contrôle est fausse (erreur de saisie ?)");
    }

    @Test
    void siren_refusals_say_what_is_expected() {
        assertThat(Siren.problem(" ")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("SIREN : obligatoire pour une société");
            assertThat(p.key()).isEqualTo("field.siren.required");
        });
        assertThat(Siren.problem(null)).get().extracting(FieldError.Problem::key).isEqualTo("field.siren.required");
        assertThat(Siren.problem("4430618410")).get().extracting(FieldError.Problem::french)
                .isEqualTo("SIREN : « 4430618410 » — 9 chiffres attendus");
        assertThat(Siren.problem("44306184A")).get().extracting(FieldError.Problem::key)
                .isEqualTo("field.invalid.siren.digits");
    }

    // --- VIN (ISO 3779)

    @Test
    void vin_check_digit_that_is_a_digit_is_recognised() {
        // 11111111111111111: the weights sum to 89, 89 mod 11 = 1, and position 9 holds 1.
        assertThat(Vin.check("11111111111111111")).isEmpty();
        assertThat(Vin.warning("11111111111111111")).isEmpty();
        assertThat(Vin.warning("11111111211111111")).isPresent();
    }

    @Test
    void vin_check_digit_counts_digits_at_their_value() {
        // 1M8GDM9AXKP042788 (check digit X) with its digits moved: still X only if digits count.
        assertThat(Vin.warning("1M8GDM9AXKP042788")).isEmpty();
        assertThat(Vin.warning("1M8GDM9AXKP042789")).isPresent();
    }

    @Test
    void vin_is_normalised_then_refused_for_the_right_reason() {
        assertThat(Vin.normalize(" vf1-rfb00x 12345678 ")).isEqualTo("VF1RFB00X12345678");
        assertThat(Vin.problem("VF1RFB00X1234567*")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("VIN : « VF1RFB00X1234567* » — seuls les chiffres et les lettres sont admis");
            assertThat(p.key()).isEqualTo("field.invalid.vin.characters");
        });
        assertThat(Vin.problem("VF1RFB00X123456789")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("VIN : « VF1RFB00X123456789 » — 17 caractères attendus, 18 saisis");
            assertThat(p.args()).isEqualTo(List.of(Field.VIN, "VF1RFB00X123456789", "18"));
        });
        assertThat(Vin.problem("VF1RFB00Q12345678")).get().extracting(FieldError.Problem::key)
                .isEqualTo("field.invalid.vin.letters");
        assertThat(Vin.problem(null)).get().extracting(FieldError.Problem::french).isEqualTo("VIN : obligatoire");
    }

    @Test
    void a_refused_vin_gets_no_check_digit_warning() {
        assertThat(Vin.warningProblem("VF1")).isEmpty();
        assertThat(Vin.warningProblem("")).isEmpty();
        assertThat(FieldValidators.vinWarningProblem("1M8GDM9A1KP042788")).get().satisfies(p -> {
            assertThat(p.key()).isEqualTo("field.invalid.vin.checkDigit");
            assertThat(p.args()).isEqualTo(List.of(Field.VIN, "1M8GDM9A1KP042788"));
        });
    }

    // --- Plate (SIV)

    @Test
    void a_temporary_plate_warning_is_said_by_key_too() {
        assertThat(FieldValidators.plateWarningProblem("ww 123 ab")).get().satisfies(p -> {
            assertThat(p.key()).isEqualTo("field.invalid.plate.temporary");
            assertThat(p.args()).isEqualTo(List.of(Field.PLATE, "WW-123-AB"));
            assertThat(p.french()).isEqualTo(
                    "Immatriculation : « WW-123-AB » — immatriculation provisoire (WW), la définitive reste à faire");
        });
        // a refused WW plate is an error, not a warning
        assertThat(FieldValidators.plateWarningProblem("WW-000-AB")).isEmpty();
        assertThat(FieldValidators.plateWarningProblem("AB-123-WW")).isEmpty();
    }

    @Test
    void plate_letters_refusal_quotes_the_block() {
        assertThat(Plate.problem("AB-123-CU")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo(
                    "Immatriculation : « AB-123-CU » — les lettres I, O et U ne sont pas attribuées (bloc « CU »)");
            assertThat(p.args()).isEqualTo(List.of(Field.PLATE, "AB-123-CU", "CU"));
        });
        assertThat(Plate.problem("AB-001-CD")).isEmpty();
    }

    // --- E-mail

    @Test
    void email_refusals() {
        assertThat(Email.problem("  ")).get().extracting(FieldError.Problem::french).isEqualTo("E-mail : obligatoire");
        assertThat(Email.problem(null)).get().extracting(FieldError.Problem::key).isEqualTo("field.required");
        assertThat(Email.problem("camille..martin@example.fr")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo(
                    "E-mail : « camille..martin@example.fr » — adresse invalide (forme attendue nom@domaine.fr)");
            assertThat(p.key()).isEqualTo("field.invalid.email.shape");
        });
        assertThat(Email.problem("camille@@example.fr")).isPresent();
        assertThat(Email.problem("camille@example.f")).isPresent();
        assertThat(Email.problem("camille@sous.example.fr")).isEmpty();
    }

    // --- Phone

    @Test
    void french_mobiles_are_06_and_07_numbers_only() {
        assertThat(Phone.isFrenchMobile("06 12 34 56 78")).isTrue();
        assertThat(Phone.isFrenchMobile("+33 7 81 23 45 67")).isTrue();
        assertThat(Phone.isFrenchMobile("04 72 00 00 00")).isFalse();
        assertThat(Phone.isFrenchMobile("+32 470 12 34 56")).isFalse();
        assertThat(Phone.isFrenchMobile("06 12 34 56")).isFalse();
        assertThat(Phone.isFrenchMobile(" ")).isFalse();
        assertThat(Phone.isFrenchMobile(null)).isFalse();
    }

    @Test
    void phone_refusals_by_key() {
        assertThat(Phone.problem(null)).get().extracting(FieldError.Problem::french).isEqualTo("Téléphone : obligatoire");
        assertThat(Phone.problem(" 06 12 34 56 ")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo(
                    "Téléphone : « 06 12 34 56 » — numéro inexistant (vérifier le nombre de chiffres)");
            assertThat(p.key()).isEqualTo("field.invalid.phone.unknown");
        });
        assertThat(Phone.problem("bonjour")).get().extracting(FieldError.Problem::key)
                .isEqualTo("field.invalid.phone.notANumber");
        assertThat(Phone.normalize(" 06 12 34 56 ")).isEqualTo("06 12 34 56");
        assertThat(Phone.normalize(null)).isEmpty();
    }

    // --- IBAN (004:69 "RIB" for the refund)

    @Test
    void iban_validity_follows_the_check() {
        assertThat(Iban.isValid("FR76 3000 6000 0112 3456 7890 189")).isTrue();
        assertThat(Iban.isValid("FR76 3000 6000 0112 3456 7890 188")).isFalse();
        assertThat(Iban.isValid("")).isFalse();
        assertThat(Iban.isValid(null)).isFalse();
    }

    @Test
    void iban_refusals_say_why() {
        // a country iban4j knows but which has no IBAN, against a code that is no country
        assertThat(Iban.check("US64 SVBK US6S 3300 9588 79"))
                .contains("IBAN : « US64SVBKUS6S3300958879 » — le pays « US » n'est pas reconnu");
        assertThat(Iban.check("XX76 3000 6000 0112 3456 7890 189"))
                .contains("IBAN : « XX7630006000011234567890189 » — doit commencer par le code pays (ex. FR)");
        assertThat(Iban.check("FR7630006000011234567890AB9")).get().asString()
                .startsWith("IBAN : « FR7630006000011234567890AB9 » — ");
        assertThat(Iban.check("FRAB30006000011234567890189"))
                .contains("IBAN : « FRAB30006000011234567890189 » — la clé (3e et 4e caractères) doit être deux chiffres");
        assertThat(Iban.check("7630006000011234567890189"))
                .contains("IBAN : « 7630006000011234567890189 » — doit commencer par le code pays (ex. FR)");
        assertThat(Iban.check("FR76 3000 6000 0112 3456 7890 18"))
                .contains("IBAN : « FR763000600001123456789018 » — longueur incorrecte pour le pays « FR » (26 caractères)");
    }

    // --- Mileage

    @Test
    void mileage_as_typed() {
        assertThat(Mileage.parse("62 000 km")).contains(62000);
        assertThat(Mileage.parse("62.000 KM")).contains(62000);
        assertThat(Mileage.parse("62\u00A0000")).contains(62000);
        assertThat(Mileage.parse("9999999")).contains(9999999);
        assertThat(Mileage.parse("10000000")).isEmpty();
        assertThat(Mileage.parse("beaucoup")).isEmpty();
        assertThat(Mileage.parse(null)).isEmpty();
    }

    @Test
    void unreadable_mileage_names_the_field() {
        assertThat(Mileage.problem(" beaucoup ")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("Kilométrage : « beaucoup » — nombre de kilomètres attendu (ex. 62 000)");
            assertThat(p.key()).isEqualTo("field.invalid.mileage.notANumber");
        });
        assertThat(Mileage.problem("62 000")).isEmpty();
        assertThat(Mileage.problem(" ")).isEmpty();
        assertThat(Mileage.problem(null)).isEmpty();
    }

    // --- Login

    @Test
    void login_is_what_the_configuration_accepts() {
        assertThat(Login.check("Commercial", "jdupont")).isEmpty();
        assertThat(Login.check("Commercial", " j.dupont-2_b ")).isEmpty();
        assertThat(Login.check("Commercial", "j" + "a".repeat(79))).isEmpty();
        assertThat(Login.check("Commercial", "j" + "a".repeat(80))).isPresent();
        assertThat(Login.check("Commercial", "JDupont")).contains("Commercial : « JDupont » n'est pas un identifiant "
                + "(lettres minuscules, chiffres, « . », « _ » ou « - » attendus)");
        assertThat(Login.check("Commercial", ".dupont")).isPresent();
        assertThat(Login.check("Commercial", "j dupont")).isPresent();
        assertThat(Login.check("Commercial", " ")).contains("Commercial : obligatoire");
        assertThat(Login.check("Commercial", null)).contains("Commercial : obligatoire");
    }

    // --- Field paths

    @Test
    void a_path_names_its_first_field() {
        assertThat(Field.ofPath("vehicle.plate")).contains(Field.PLATE);
        // the manager's name shares the customer's path: the customer's field comes first
        assertThat(Field.ofPath("customer.lastName")).contains(Field.CUSTOMER_LAST_NAME);
        assertThat(Field.ofPath("vehicle.colour")).isEmpty();
    }
}

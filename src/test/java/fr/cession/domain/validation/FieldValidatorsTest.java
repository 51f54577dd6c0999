package fr.cession.domain.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FieldValidatorsTest {

    @Test
    void plate_is_normalised_to_the_siv_form() {
        assertThat(Plate.normalize(" ab 123 cd ")).isEqualTo("AB-123-CD");
        assertThat(Plate.normalize("ab123cd")).isEqualTo("AB-123-CD");
        assertThat(FieldValidators.plate("ab-123-cd")).isEmpty();
    }

    @Test
    void plate_refusals_name_the_field_and_the_reason() {
        assertThat(FieldValidators.plate("AB-123-SS"))
                .contains("Immatriculation : « AB-123-SS » — le bloc « SS » n'est pas attribué");
        assertThat(FieldValidators.plate("SS-123-AB")).get().asString().contains("« SS »");
        assertThat(FieldValidators.plate("AI-123-AB")).get().asString().contains("I, O et U");
        assertThat(FieldValidators.plate("AB-123-OU")).get().asString().contains("I, O et U");
        assertThat(FieldValidators.plate("AB-000-CD")).get().asString().contains("000");
        assertThat(FieldValidators.plate("123 ABC 69")).get().asString().contains("format attendu AA-123-AA");
        assertThat(FieldValidators.plate("")).contains("Immatriculation : obligatoire");
    }

    @Test
    void ww_plate_is_accepted_but_flagged_as_temporary() {
        assertThat(FieldValidators.plate("WW-123-AB")).isEmpty();
        assertThat(FieldValidators.plateWarning("ww123ab")).get().asString().contains("provisoire");
        assertThat(FieldValidators.plateWarning("AB-123-CD")).isEmpty();
    }

    @Test
    void vin_has_17_characters_without_i_o_q() {
        assertThat(FieldValidators.vin("vf1rfb00x12345678")).isEmpty();
        assertThat(FieldValidators.vin("VF1RFB00X1234567")).get().asString()
                .isEqualTo("VIN : « VF1RFB00X1234567 » — 17 caractères attendus, 16 saisis");
        assertThat(FieldValidators.vin("VF1RFB00O12345678")).get().asString().contains("I, O et Q");
    }

    @Test
    void a_wrong_check_digit_is_only_a_warning() {
        // 1M8GDM9AXKP042788 is the textbook VIN with a correct check digit (X).
        assertThat(FieldValidators.vin("1M8GDM9AXKP042788")).isEmpty();
        assertThat(FieldValidators.vinWarning("1M8GDM9AXKP042788")).isEmpty();
        assertThat(FieldValidators.vin("1M8GDM9A1KP042788")).isEmpty();
        assertThat(FieldValidators.vinWarning("1M8GDM9A1KP042788")).get().asString().contains("contrôle");
    }

    @Test
    void iban_checked_by_iban4j_and_normalised() {
        assertThat(Iban.normalize("fr76 3000 6000 0112 3456 7890 189")).isEqualTo("FR7630006000011234567890189");
        assertThat(FieldValidators.iban("fr76 3000 6000 0112 3456 7890 189")).isEmpty();
        assertThat(FieldValidators.iban("FR76 3000 6000 0112 3456 7890 188")).get().asString()
                .startsWith("IBAN : « FR7630006000011234567890188 » — la clé de contrôle est fausse");
        assertThat(FieldValidators.iban("FR76 3000 6000 0112 3456 7890 18")).get().asString()
                .contains("longueur incorrecte");
        assertThat(FieldValidators.iban("DE89370400440532013000")).isEmpty();
        assertThat(FieldValidators.iban("  ")).contains("IBAN : obligatoire");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "0033612345678", "+33612345678"})
    void french_phone_numbers_national_or_international_normalise_to_e164(String typed) {
        assertThat(FieldValidators.phone(typed)).isEmpty();
        assertThat(Phone.normalize(typed)).isEqualTo("+33612345678");
    }

    @Test
    void phone_refusals() {
        assertThat(FieldValidators.phone("06 12 34 56")).get().asString().startsWith("Téléphone : « 06 12 34 56 »");
        assertThat(FieldValidators.phone("bonjour")).get().asString().contains("pas un numéro");
        assertThat(FieldValidators.phone("+32 470 12 34 56")).isEmpty();
    }

    @Test
    void email() {
        assertThat(FieldValidators.email(" Camille.Martin@Example.fr ")).isEmpty();
        assertThat(Email.normalize(" Camille.Martin@Example.fr ")).isEqualTo("camille.martin@example.fr");
        assertThat(FieldValidators.email("camille@example")).get().asString().contains("adresse invalide");
        assertThat(FieldValidators.email("camille martin@example.fr")).isPresent();
    }

    @Test
    void siren_nine_digits_with_luhn_key() {
        assertThat(FieldValidators.siren("443 061 841")).isEmpty();
        assertThat(FieldValidators.siren("443061842")).get().asString().contains("clé de contrôle");
        assertThat(FieldValidators.siren("44306184")).get().asString().contains("9 chiffres");
    }

    @Test
    void amounts_non_negative_with_at_most_two_decimals() {
        assertThat(FieldValidators.amount("Prix", "15 000,50 €")).isEmpty();
        assertThat(Amount.parse("1 234,56")).contains(new BigDecimal("1234.56"));
        assertThat(FieldValidators.amount("Prix", "-5")).get().asString().contains("négatif");
        assertThat(FieldValidators.amount("Prix", "12,345")).get().asString().contains("deux décimales");
        assertThat(FieldValidators.amount("Prix", "douze")).get().asString().contains("pas un montant");
        assertThat(Amount.check("Prix", new BigDecimal("10.500"))).isEmpty();
    }

    @Test
    void required_fields() {
        assertThat(FieldValidators.required("Nom", " ")).contains("Nom : obligatoire");
        assertThat(FieldValidators.required("Nom", "Martin")).isEmpty();
    }
}

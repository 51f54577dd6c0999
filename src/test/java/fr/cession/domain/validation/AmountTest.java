package fr.cession.domain.validation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Euro amounts (004:8 "mettre les montant apport/financement"): never negative, cents at most. */
class AmountTest {

    @Test
    void zero_is_an_amount_not_a_negative_one() {
        assertThat(Amount.problem(Field.RESERVATION_FEE, BigDecimal.ZERO)).isEmpty();
        assertThat(Amount.problem(Field.RESERVATION_FEE, "0")).isEmpty();
        assertThat(Amount.check("Frais de réservation", BigDecimal.ZERO)).isEmpty();
        assertThat(Amount.check("Frais de réservation", "0,00")).isEmpty();
    }

    @Test
    void one_cent_below_zero_is_refused_naming_the_field() {
        assertThat(Amount.problem(Field.PRICE, new BigDecimal("-0.01"))).get()
                .extracting(FieldError.Problem::french)
                .isEqualTo("Prix : « -0.01 » — un montant ne peut pas être négatif");
        assertThat(Amount.check("Prix", new BigDecimal("-0.01")))
                .contains("Prix : « -0.01 » — un montant ne peut pas être négatif");
    }

    @Test
    void two_decimals_pass_and_a_third_is_refused() {
        assertThat(Amount.problem(Field.PRICE, new BigDecimal("15000.99"))).isEmpty();
        assertThat(Amount.check("Prix", new BigDecimal("15000.99"))).isEmpty();
        assertThat(Amount.check("Prix", "15 000,99")).isEmpty();

        assertThat(Amount.problem(Field.PRICE, new BigDecimal("15000.999"))).get()
                .extracting(FieldError.Problem::french)
                .isEqualTo("Prix : « 15000.999 » — deux décimales au plus (centimes)");
        assertThat(Amount.check("Prix", new BigDecimal("15000.999")))
                .contains("Prix : « 15000.999 » — deux décimales au plus (centimes)");
    }

    @Test
    void trailing_zeros_are_not_extra_decimals() {
        assertThat(Amount.problem(Field.PRICE, new BigDecimal("10.5000"))).isEmpty();
        assertThat(Amount.problem(Field.PRICE, new BigDecimal("1E+3"))).isEmpty();
    }

    @Test
    void a_typed_amount_is_refused_with_the_field_the_value_and_a_key() {
        assertThat(Amount.problem(Field.DOWN_PAYMENT, "  ")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("Apport : obligatoire");
            assertThat(p.key()).isEqualTo("field.required");
            assertThat(p.args()).containsExactly(Field.DOWN_PAYMENT);
        });
        assertThat(Amount.problem(Field.DOWN_PAYMENT, (String) null)).get()
                .extracting(FieldError.Problem::key).isEqualTo("field.required");
        assertThat(Amount.problem(Field.DOWN_PAYMENT, " trois mille ")).get().satisfies(p -> {
            assertThat(p.french()).isEqualTo("Apport : « trois mille » — ce n'est pas un montant (ex. 15 000,00)");
            assertThat(p.key()).isEqualTo("field.invalid.amount.notAnAmount");
            assertThat(p.args()).isEqualTo(List.of(Field.DOWN_PAYMENT, "trois mille"));
        });
        assertThat(Amount.problem(Field.DOWN_PAYMENT, "-3 000")).get()
                .extracting(FieldError.Problem::key).isEqualTo("field.invalid.amount.negative");
        assertThat(Amount.problem(Field.DOWN_PAYMENT, "3 000,125")).get()
                .extracting(FieldError.Problem::key).isEqualTo("field.invalid.amount.cents");
        assertThat(Amount.problem(Field.DOWN_PAYMENT, "3 000,12 €")).isEmpty();
    }

    @Test
    void a_missing_amount_is_required() {
        assertThat(Amount.problem(Field.PRICE, (BigDecimal) null)).get()
                .extracting(FieldError.Problem::french).isEqualTo("Prix : obligatoire");
        assertThat(Amount.check("Prix", (BigDecimal) null)).contains("Prix : obligatoire");
        assertThat(Amount.check("Prix", (String) null)).contains("Prix : obligatoire");
    }

    @Test
    void french_spellings_parse_to_the_same_amount() {
        BigDecimal expected = new BigDecimal("15000.50");
        assertThat(Amount.parse("15 000,50")).contains(expected);
        assertThat(Amount.parse("15\u00A0000,50\u00A0€")).contains(expected);
        assertThat(Amount.parse("15\u202F000,50")).contains(expected);
        assertThat(Amount.parse("15000.50")).contains(expected);
        assertThat(Amount.parse("15.000,50")).isEmpty();
        assertThat(Amount.parse("1,2,3")).isEmpty();
        assertThat(Amount.parse(null)).isEmpty();
    }
}

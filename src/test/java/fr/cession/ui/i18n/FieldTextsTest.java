package fr.cession.ui.i18n;

import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.store.EntityTables;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every audited column of every synchronised table has a label a person reads, in French and English. */
class FieldTextsTest {

    private final PersonNames people = new PersonNames(new Actor("cdupont", "Claire Dupont", Role.COMMERCIAL, "LYON"),
            Map.of("j.dupont", "Julie Dupont"));

    @Test
    void everyAuditedColumnIsTypedAndLabelledInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.FRANCE, Locale.UK}) {
            FieldTexts texts = new FieldTexts(new Messages(locale), new Formats(ZoneId.of("Europe/Paris")), people);
            Set<String> missing = new TreeSet<>();
            for (EntityKind kind : EntityKind.values()) {
                Set<String> columns = EntityTables.entityFields(EntityTables.table(kind)).stream()
                        .map(f -> f.getName()).collect(Collectors.toCollection(TreeSet::new));
                assertThat(new TreeSet<>(FieldTexts.columns(kind))).as("typed columns of %s", kind.table())
                        .isEqualTo(columns);
                for (String column : columns) {
                    String label = texts.label(kind, column);
                    if (label.startsWith("!") || label.equals(column)) {
                        missing.add(FieldTexts.labelKey(kind, column));
                    }
                }
                assertThat(texts.entity(kind)).doesNotStartWith("!").isNotEqualTo(kind.table());
            }
            assertThat(missing).as("labels missing in %s", locale).isEmpty();
        }
    }

    @Test
    void valuesReadAsAPersonReadsThem() {
        FieldTexts fr = new FieldTexts(new Messages(Locale.FRANCE), new Formats(ZoneId.of("Europe/Paris")), people);
        assertThat(fr.label("sales_order", "customer_email")).isEqualTo("E-mail du client");
        assertThat(fr.entity("sales_order")).isEqualTo("Commande");
        assertThat(fr.value("sales_order", "handover_at", "2026-12-04T14:30")).isEqualTo("04/12/2026 14:30");
        assertThat(fr.value("sales_order", "status", "PAIEMENT_VERIFIE")).isEqualTo("Paiement vérifié");
        assertThat(fr.value("sales_order", "financing_covers", "CG,LIVRAISON")).isEqualTo("Carte grise, Livraison");
        assertThat(fr.value("sales_order", "vehicle_imported", "true")).isEqualTo("oui");
        assertThat(fr.value("sales_order", "advisor", "j.dupont")).isEqualTo("Julie Dupont");
        assertThat(fr.value("activity", "due_at", "2026-12-02T13:05:00Z")).isEqualTo("02/12/2026 14:05");
        assertThat(fr.value("payment", "amount", "12000.00").replaceAll("[\\u00a0\\u202f]", " "))
                .isEqualTo("12 000,00 €");
        assertThat(fr.value("activity", "order_id", "0f8e6c1e-7d2b-4c55-9e36-3f3c1b0e9a11")).isEqualTo("(lien interne)");
        assertThat(fr.value("sales_order", "customer_email", null)).isEqualTo("(vide)");
        // a column a newer version added is "another field", never its name
        assertThat(fr.label("sales_order", "some_new_column")).isEqualTo("Autre champ");
    }
}

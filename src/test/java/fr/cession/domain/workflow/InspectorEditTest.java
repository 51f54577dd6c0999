package fr.cession.domain.workflow;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.validation.ValidationException;
import org.junit.jupiter.api.Test;

import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 004:50 "Recherche et planification d'un inspecteur": the inspector set on the order, through the workflow. */
class InspectorEditTest {

    private final WorkflowFixture f = new WorkflowFixture();

    @Test
    void the_inspector_is_set_changed_and_taken_off_each_in_one_save() {
        f.create(TestOrders.order(PaymentMethod.CHQ));
        assertThat(f.workflow.edits().setInspector(f.id(), " Marc Lefèvre ", COMMERCIAL).order().inspector())
                .isEqualTo("Marc Lefèvre");
        assertThat(f.workflow.edits().setInspector(f.id(), "Sophie Girard", COMMERCIAL).order().inspector())
                .isEqualTo("Sophie Girard");
        assertThat(f.file().order().inspector()).isEqualTo("Sophie Girard");
        assertThat(f.workflow.edits().setInspector(f.id(), "", COMMERCIAL).order().inspector()).isNull();
    }

    // 004:52 "Si livraison mise en place du DRIIVEME": a delivery has a driver, not an inspector
    @Test
    void a_delivery_takes_no_inspector() {
        f.create(TestOrders.order(PaymentMethod.VIR, TestOrders.order(PaymentMethod.VIR).customer(),
                HandoverMode.LIVRAISON));
        assertThatThrownBy(() -> f.workflow.edits().setInspector(f.id(), "Marc Lefèvre", COMMERCIAL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Inspecteur");
        assertThat(f.file().order().inspector()).isNull();
    }
}

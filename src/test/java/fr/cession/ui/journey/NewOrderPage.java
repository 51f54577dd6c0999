package fr.cession.ui.journey;

import fr.cession.ui.shell.Screen;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;

/** The new-order form (Ctrl+N), field by field as a person fills it in. */
public final class NewOrderPage {

    private final Desk desk;

    private NewOrderPage(Desk desk) {
        this.desk = desk;
    }

    /** Ctrl+N from wherever the person is. */
    public static NewOrderPage open(Desk desk) throws Exception {
        desk.robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Desk.waitFor(() -> desk.present("#form-LAST_NAME"));
        return new NewOrderPage(desk);
    }

    /** Types into {@code #form-<FIELD>}. */
    public NewOrderPage type(String field, String value) {
        desk.type("#form-" + field, value);
        return this;
    }

    /** Types a day (dd/MM/yyyy) into a date picker's text, as one does without the calendar. */
    public NewOrderPage date(String field, String day) throws Exception {
        DatePicker p = desk.robot.lookup("#form-" + field).queryAs(DatePicker.class);
        desk.robot.interact(() -> {
            p.getEditor().requestFocus();
            p.getEditor().selectAll();
        });
        desk.robot.write(day);
        desk.robot.type(KeyCode.TAB);
        Desk.waitFor(() -> p.getValue() != null);
        return this;
    }

    /** Picks {@code value} in the choice {@code #form-<id>} (kind, cg, payment, lender, handover). */
    @SuppressWarnings("unchecked")
    public <E> NewOrderPage choose(String id, E value) throws Exception {
        ComboBox<E> box = desk.robot.lookup("#form-" + id).queryAs(ComboBox.class);
        Desk.waitFor(() -> Desk.showing(box));
        desk.robot.interact(() -> box.getSelectionModel().select(value));
        Desk.waitFor(() -> value.equals(box.getValue()));
        return this;
    }

    public String error(String field) {
        return desk.text("#form-error-" + field);
    }

    /** "Créer la commande": the order file of the new order opens. */
    public OrderFilePage create(String lastNameOrCompany) throws Exception {
        desk.press("#form-create");
        Desk.waitFor(() -> {
            desk.noErrors();
            var vm = desk.window().viewModel();
            return vm.screenProperty().get() == Screen.FICHE_COMMANDE && vm.orderFile().fileProperty().get() != null
                    && vm.orderFile().fileProperty().get().order().customer().displayName().contains(lastNameOrCompany);
        });
        return new OrderFilePage(desk).ready();
    }
}

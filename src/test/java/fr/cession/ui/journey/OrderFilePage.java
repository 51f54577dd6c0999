package fr.cession.ui.journey;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.ui.order.OrderFileViewModel;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order file as a person works it: the action buttons, the check-lists, the documents, the
 * payments and the manager's approvals, each through its button and the side form. Waits read the
 * store only to know that a gesture has landed, never to change anything.
 */
public final class OrderFilePage {

    private final Desk desk;

    OrderFilePage(Desk desk) {
        this.desk = desk;
    }

    private OrderFileViewModel vm() {
        return desk.window().viewModel().orderFile();
    }

    OrderFilePage ready() throws Exception {
        Desk.waitFor(() -> vm().fileProperty().get() != null && !vm().busyProperty().get());
        return this;
    }

    public UUID orderId() {
        return vm().fileProperty().get().orderId();
    }

    public String number() {
        return vm().fileProperty().get().order().number();
    }

    public OrderFile stored() {
        return desk.orders().load(orderId()).orElseThrow();
    }

    public OrderStatus status() {
        return vm().fileProperty().get().order().status();
    }

    /** The reasons shown under the actions ({@code .blocker}). */
    public List<String> blockers() {
        return desk.robot.lookup(".blocker").queryAllAs(Label.class).stream().filter(Desk::showing)
                .map(Label::getText).toList();
    }

    /** Waits for a shown blocker containing {@code text}, and returns it whole. */
    public String blocker(String text) throws Exception {
        Desk.waitFor(() -> blockers().stream().anyMatch(b -> b.contains(text)));
        return blockers().stream().filter(b -> b.contains(text)).findFirst().orElseThrow();
    }

    /** "Passer en …" accepted: the order shows its new status. */
    public OrderFilePage advanceTo(OrderStatus target) throws Exception {
        ready();
        desk.press("#order-advance");
        Desk.waitFor(() -> {
            desk.noErrors();
            return status() == target && !vm().busyProperty().get();
        });
        return this;
    }

    /** "Passer en …" refused: the refusal shown says the same as the blockers on the page. */
    public String advanceRefused() throws Exception {
        ready();
        desk.press("#order-advance");
        Desk.waitFor(() -> !desk.dialogs.errors.isEmpty());
        String said = desk.dialogs.errors.get(0).message();
        desk.dialogs.errors.clear();
        return said;
    }

    /** Ticks every open check-list line on the page, one by one, and closes by hand an activity without lines. */
    public OrderFilePage tickEverything() throws Exception {
        for (int guard = 0; guard < 80; guard++) {
            ready();
            Optional<CheckBox> open = desk.robot.lookup(".checklist-line").queryAllAs(CheckBox.class).stream()
                    .filter(b -> !b.isSelected() && Desk.showing(b)).findFirst();
            if (open.isPresent()) {
                String line = String.valueOf(open.get().getUserData());
                desk.robot.interact(open.get()::fire);
                Desk.waitFor(() -> {
                    desk.noErrors();
                    return stored().item(line).map(i -> i.checked()).orElse(true) && !vm().busyProperty().get();
                });
                continue;
            }
            Optional<Node> complete = desk.robot.lookup(n -> n.getId() != null
                    && n.getId().startsWith("activity-complete-") && Desk.showing(n)).tryQuery();
            if (complete.isEmpty()) {
                return this;
            }
            String type = complete.get().getId().substring("activity-complete-".length());
            desk.robot.interact(((ButtonBase) complete.get())::fire);
            Desk.waitFor(() -> {
                desk.noErrors();
                return vm().activities().stream().noneMatch(r -> r.activity().typeCode().equals(type))
                        && !vm().busyProperty().get();
            });
        }
        throw new AssertionError("check-lists never ran out of open lines");
    }

    /** A valid French IBAN, as read on the RIB the customer sent. */
    public static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";

    /** "Reçu" on a document's row, its issue day left at today or typed (dd/MM/yyyy); a RIB's IBAN typed. */
    public OrderFilePage received(DocumentType type, String issuedOn) throws Exception {
        ready();
        desk.press("#doc-received-" + type.name());
        Desk.waitFor(() -> desk.present("#of-document-issuedOn"));
        if (issuedOn != null) {
            DatePicker day = desk.robot.lookup("#of-document-issuedOn").queryAs(DatePicker.class);
            // the form puts the keyboard on its first field once shown: the day's text is then erased and typed
            Desk.waitFor(() -> day.isFocused() || day.getEditor().isFocused());
            desk.robot.interact(() -> day.getEditor().selectAll());
            desk.robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
            Desk.waitFor(() -> day.getEditor().getText().isEmpty());
            desk.robot.write(issuedOn);
            LocalDate typed = LocalDate.parse(issuedOn, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            try {
                Desk.waitFor(() -> typed.equals(day.getValue()));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("typed " + issuedOn + ", the picker shows « " + day.getEditor().getText()
                        + " » = " + day.getValue() + ", keyboard on " + day.getScene().getFocusOwner(), e);
            }
        }
        if (type == DocumentType.RIB) {
            Desk.waitFor(() -> desk.present("#of-document-reference"));
            desk.type("#of-document-reference", IBAN);
        }
        return submitAnd(() -> stored().document(type).map(d -> d.status() == DocumentStatus.RECU).orElse(false));
    }

    /** "Valider" on a received document's row. */
    public OrderFilePage validate(DocumentType type) throws Exception {
        ready();
        desk.press("#doc-validate-" + type.name());
        Desk.waitFor(() -> {
            desk.noErrors();
            return stored().document(type).map(d -> d.status() == DocumentStatus.VALIDE).orElse(false)
                    && !vm().busyProperty().get();
        });
        return this;
    }

    /** Every document the order lists and that is still missing: received today, then validated. */
    public OrderFilePage receiveAndValidateEveryDocument() throws Exception {
        ready();
        for (DocumentType type : vm().documents().stream().map(d -> d.type()).toList()) {
            DocumentStatus now = vm().documents().stream().filter(d -> d.type() == type).findFirst().orElseThrow()
                    .status();
            if (now == DocumentStatus.MANQUANT || now == DocumentStatus.REFUSE) {
                received(type, null);
            }
            if (now != DocumentStatus.VALIDE) {
                validate(type);
            }
        }
        return this;
    }

    /** "Paiement": the side form opens with the part and amount still due; recorded as received now. */
    public OrderFilePage payWhatIsDue() throws Exception {
        ready();
        int before = stored().payments().size();
        desk.press("#order-payment");
        Desk.waitFor(() -> desk.present("#of-payment-amount"));
        return submitAnd(() -> stored().payments().size() == before + 1);
    }

    /** "Paiement" with its way of paying, amount and payer's name typed; recorded as received now. */
    public OrderFilePage pay(fr.cession.domain.order.PaymentMethod method, String amount, String payer) throws Exception {
        ready();
        int before = stored().payments().size();
        fillPayment(method, amount, payer);
        return submitAnd(() -> stored().payments().size() == before + 1);
    }

    /** "Paiement" refused by the workflow: the refusal's text, read in the form left open, then the form closed. */
    public String payRefused(fr.cession.domain.order.PaymentMethod method, String amount) throws Exception {
        ready();
        fillPayment(method, amount, "");
        desk.press("#form-submit");
        Desk.waitFor(() -> !vm().busyProperty().get() && !desk.text("#of-error-form").isEmpty());
        String refusal = desk.text("#of-error-form");
        desk.shot("paiement-refuse");
        desk.press("#form-cancel");
        Desk.waitFor(() -> !desk.robot.lookup("#order-form").query().isVisible());
        return refusal;
    }

    /** "Compte rendu": a call about this order (the form's own subject and channel), its account typed. */
    public OrderFilePage reportCall(String account) throws Exception {
        ready();
        int before = stored().contacts().size();
        desk.press("#order-contact");
        Desk.waitFor(() -> desk.present("#of-contact-account"));
        desk.type("#of-contact-account", account);
        return submitAnd(() -> stored().contacts().size() == before + 1);
    }

    private void fillPayment(fr.cession.domain.order.PaymentMethod method, String amount, String payer) throws Exception {
        desk.press("#order-payment");
        Desk.waitFor(() -> desk.present("#of-payment-method"));
        choose("#of-payment-method", method);
        desk.type("#of-payment-amount", amount);
        if (!payer.isEmpty()) {
            desk.type("#of-payment-payer", payer);
        }
    }

    /** "Fonds reçus" on each announced payment in turn (the button of its line, C on the keyboard). */
    public OrderFilePage confirmAnnounced() throws Exception {
        ready();
        while (stored().payments().stream().anyMatch(p -> !p.isReceived())) {
            long before = stored().payments().stream().filter(p -> p.isReceived()).count();
            desk.press("#payment-confirm");
            Desk.waitFor(() -> {
                desk.noErrors();
                return stored().payments().stream().filter(p -> p.isReceived()).count() == before + 1
                        && !vm().busyProperty().get();
            });
        }
        return this;
    }

    /** "Date de cession": the day typed in the date picker, the time picked in its list. */
    public OrderFilePage handover(String day, java.time.LocalTime time) throws Exception {
        ready();
        desk.press("#order-handover");
        Desk.waitFor(() -> desk.present("#of-handoverAt-day"));
        DatePicker picker = desk.robot.lookup("#of-handoverAt-day").queryAs(DatePicker.class);
        desk.robot.interact(() -> {
            picker.getEditor().requestFocus();
            picker.getEditor().selectAll();
        });
        desk.robot.write(day);
        Desk.waitFor(() -> picker.getValue() != null);
        if (time != null) {
            choose("#of-handoverAt-time", time);
        }
        return submitAnd(() -> stored().order().handoverAt() != null
                && stored().order().handoverAt().toLocalDate().equals(picker.getValue()));
    }

    /** "Véhicule reçu…" (Ctrl+L): the day the buyer received the vehicle, typed. */
    public OrderFilePage reception(String day) throws Exception {
        ready();
        desk.robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        Desk.waitFor(() -> desk.present("#of-vehicleReceivedOn"));
        DatePicker picker = desk.robot.lookup("#of-vehicleReceivedOn").queryAs(DatePicker.class);
        desk.robot.interact(() -> {
            picker.getEditor().requestFocus();
            picker.getEditor().selectAll();
        });
        desk.robot.write(day);
        Desk.waitFor(() -> picker.getValue() != null && day.equals(picker.getEditor().getText()));
        return submitAnd(() -> picker.getValue().equals(stored().order().vehicleReceivedOn()));
    }

    /** "Annuler la commande" with another case than the pre-chosen one, refused: the refusal's text. */
    public String cancelRefused(CancellationCase chosen, String reason) throws Exception {
        ready();
        desk.press("#order-cancel");
        Desk.waitFor(() -> desk.present("#of-cancellation-case"));
        choose("#of-cancellation-case", chosen);
        desk.type("#of-cancellation-reason", reason);
        desk.press("#form-submit");
        // the workflow's refusal stays in the form, above its buttons, the form left open to change it
        Desk.waitFor(() -> !vm().busyProperty().get() && !desk.text("#of-error-form").isEmpty());
        String refusal = desk.text("#of-error-form");
        desk.shot("annulation-refusee");
        desk.press("#form-cancel");
        Desk.waitFor(() -> !desk.robot.lookup("#order-form").query().isVisible());
        return refusal;
    }

    /** "Demander au manager": the kind picked, the detail typed (a refund's amount comes pre-filled). */
    public OrderFilePage request(ApprovalKind kind, String detail) throws Exception {
        ready();
        int before = stored().approvals().size();
        desk.press("#order-request");
        Desk.waitFor(() -> desk.present("#of-request-kind"));
        choose("#of-request-kind", kind);
        desk.type("#of-request-detail", detail);
        return submitAnd(() -> stored().approvals().size() == before + 1);
    }

    /** A manager's "Approuver" on the pending request. */
    public OrderFilePage approve(ApprovalKind kind) throws Exception {
        ready();
        desk.press("#approval-approve");
        Desk.waitFor(() -> {
            desk.noErrors();
            return stored().approvals().stream().anyMatch(a -> a.kind() == kind
                    && a.status() == ApprovalStatus.APPROUVEE) && !vm().busyProperty().get();
        });
        return this;
    }

    /** "Annuler la commande": the case (pre-chosen from what was received) kept, the reason typed. */
    public OrderFilePage cancel(CancellationCase expectedCase, String reason) throws Exception {
        ready();
        desk.press("#order-cancel");
        Desk.waitFor(() -> desk.present("#of-cancellation-case"));
        ComboBox<?> box = desk.robot.lookup("#of-cancellation-case").queryAs(ComboBox.class);
        assertThat(box.getValue()).isEqualTo(expectedCase);
        desk.type("#of-cancellation-reason", reason);
        return submitAnd(() -> stored().order().status() == OrderStatus.ANNULEE);
    }

    @SuppressWarnings("unchecked")
    private <E> void choose(String query, E value) throws Exception {
        ComboBox<E> box = desk.robot.lookup(query).queryAs(ComboBox.class);
        desk.robot.interact(() -> box.getSelectionModel().select(value));
        Desk.waitFor(() -> value.equals(box.getValue()));
    }

    private OrderFilePage submitAnd(java.util.concurrent.Callable<Boolean> landed) throws Exception {
        desk.press("#form-submit");
        Desk.waitFor(() -> {
            desk.noErrors();
            return landed.call() && !vm().busyProperty().get()
                    && !desk.robot.lookup("#order-form").query().isVisible();
        });
        return this;
    }
}

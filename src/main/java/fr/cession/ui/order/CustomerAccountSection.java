package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.domain.account.AccountLink;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.payment.Cents;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.rules.CustomerAccountRules;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * « Compte client » on the order file (seed 000, 004:13): the account the order was placed for and
 * the sub-account it came through, who pays and receives the reminders (the main account), the
 * deposit it requires with what the ledger received, its commission, and who collected the vehicle,
 * with the hand-over's « Remise du véhicule… ». Shown only for an order placed for an account.
 */
final class CustomerAccountSection extends VBox {

    private final Messages m;
    private final Formats f;
    private final VBox rows = new VBox(4);

    CustomerAccountSection(OrderFileViewModel vm, OrderFileForms forms, Messages m, Formats f) {
        super(8);
        this.m = m;
        this.f = f;
        setId("order-account");
        getStyleClass().add("section-card");
        setPadding(new Insets(12));
        Label title = new Label(m.get("order.section.account"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button collector = new Button(m.get("order.account.collector"), new FontIcon(Material2MZ.PERSON_PIN));
        collector.setId("order-collector");
        collector.getStyleClass().add(Styles.SMALL);
        collector.setTooltip(new Tooltip(m.get("order.account.collector.tip")));
        collector.setOnAction(e -> forms.collector());
        getChildren().addAll(title, rows, collector);
        vm.fileProperty().addListener((o, a, file) -> show(file));
        show(vm.fileProperty().get());
    }

    private void show(OrderFile file) {
        boolean on = file != null && file.order().account().present();
        setVisible(on);
        setManaged(on);
        rows.getChildren().clear();
        if (!on) {
            return;
        }
        AccountLink a = file.order().account();
        rows.getChildren().add(line("order-account-name", m.get("order.account.holder", a.accountName(),
                m.label(a.kind()))));
        if (a.subAccountName() != null) {
            rows.getChildren().add(line("order-account-sub", m.get("order.account.sub", a.subAccountName(),
                    a.accountName())));
        }
        if (a.deposit() > 0) {
            long due = CustomerAccountRules.depositDue(file);
            long received = new Ledger(file.payments()).received();
            Label deposit = line("order-account-deposit", m.get("order.account.deposit", a.deposit(),
                    f.amount(Cents.euros(due)), f.amount(Cents.euros(received))));
            deposit.getStyleClass().add(received >= due ? Styles.SUCCESS : Styles.WARNING);
            rows.getChildren().add(deposit);
        }
        if (a.commission() > 0) {
            rows.getChildren().add(line("order-account-commission", m.get("order.account.commission",
                    f.amount(Cents.euros(a.commission())))));
        }
        String collector = file.order().customer().collectorName();
        rows.getChildren().add(line("order-account-collector", collector == null || collector.isBlank()
                ? m.get("order.account.noCollector") : m.get("order.account.collectedBy", collector)));
    }

    private static Label line(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}

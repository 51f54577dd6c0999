package fr.cession.ui.accounts;

import atlantafx.base.theme.Styles;
import fr.cession.sync.protocol.CentralPerson;
import fr.cession.ui.accounts.AccountsDesk.Site;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The right-hand side of "Comptes": either the selected person's actions (roles, site, new
 * password, disable) or the form of a new account. Inputs go to the view model as typed: the
 * central database checks them and its refusal is shown.
 */
final class PersonPanel extends VBox {

    private final AccountsViewModel vm;
    private final Messages m;
    private final VBox selected = new VBox(8);
    private final VBox creating = new VBox(8);
    private final Label who = new Label();
    private final Label state = new Label();
    private final Label why = new Label();
    private final Map<String, CheckBox> roles = new LinkedHashMap<>();
    private final ComboBox<Site> site = new ComboBox<>();
    private final Button saveRoles;
    private final Button move;
    private final Button reset;
    private final Button disable;
    private final TextField login = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Site> newSite = new ComboBox<>();
    private final Map<String, CheckBox> newRoles = new LinkedHashMap<>();
    private CentralPerson person;

    PersonPanel(AccountsViewModel vm, Messages m) {
        super(10);
        this.vm = vm;
        this.m = m;
        setId("accounts-panel");
        setPadding(new Insets(0, 0, 0, 12));
        setPrefWidth(400);
        setMinWidth(360);

        who.getStyleClass().add(Styles.TITLE_4);
        who.setId("accounts-selected");
        who.setWrapText(true);
        state.getStyleClass().add(Styles.TEXT_MUTED);
        why.setId("accounts-why");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.setGraphic(new FontIcon(Material2AL.INFO));
        why.managedProperty().bind(why.visibleProperty());
        Label rolesTitle = section(m.get("accounts.roles.title"));
        FlowPane roleBoxes = roleBoxes(roles, "accounts-role-");
        saveRoles = new Button(m.get("accounts.roles.save"), new FontIcon(Material2AL.CHECK));
        saveRoles.setId("accounts-roles-save");
        saveRoles.setOnAction(e -> vm.setRoles(person, ticked(roles)));
        Label siteTitle = section(m.get("accounts.site.title"));
        site.setId("accounts-site");
        siteCells(site);
        site.setItems(vm.sites());
        move = new Button(m.get("accounts.site.move"), new FontIcon(Material2MZ.SWAP_HORIZ));
        move.setId("accounts-move");
        move.setOnAction(e -> vm.moveToSite(person, site.getValue() == null ? null : site.getValue().code()));
        HBox siteRow = new HBox(8, site, move);
        Label accessTitle = section(m.get("accounts.access.title"));
        reset = new Button(m.get("accounts.reset"), new FontIcon(Material2MZ.VPN_KEY));
        reset.setId("accounts-reset");
        reset.setOnAction(e -> vm.resetPassword(person));
        disable = new Button(m.get("accounts.disable"), new FontIcon(Material2AL.BLOCK));
        disable.setId("accounts-disable");
        disable.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        disable.setOnAction(e -> vm.disable(person));
        HBox accessRow = new HBox(8, reset, disable);
        // the buttons keep their whole label: a cut "Désactiver" is a guess the user should not make
        for (Button b : List.of(saveRoles, move, reset, disable)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label disableHint = new Label(m.get("accounts.disable.hint"));
        disableHint.setWrapText(true);
        disableHint.getStyleClass().add(Styles.TEXT_MUTED);
        selected.getChildren().addAll(who, state, why, new Separator(), rolesTitle, roleBoxes, saveRoles,
                siteTitle, siteRow, accessTitle, accessRow, disableHint);

        Label createTitle = new Label(m.get("accounts.create.title"));
        createTitle.getStyleClass().add(Styles.TITLE_4);
        login.setId("accounts-new-login");
        login.setPromptText(m.get("accounts.create.loginPrompt"));
        name.setId("accounts-new-name");
        name.setPromptText(m.get("accounts.create.namePrompt"));
        newSite.setId("accounts-new-site");
        newSite.setMaxWidth(Double.MAX_VALUE);
        siteCells(newSite);
        newSite.setItems(vm.sites());
        FlowPane newRoleBoxes = roleBoxes(newRoles, "accounts-new-role-");
        Button create = new Button(m.get("accounts.create"), new FontIcon(Material2AL.ADD));
        create.setId("accounts-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.setOnAction(e -> vm.create(login.getText(), name.getText(),
                newSite.getValue() == null ? null : newSite.getValue().code(), ticked(newRoles)));
        create.disableProperty().bind(vm.busyProperty());
        Label createHint = new Label(m.get("accounts.create.hint"));
        createHint.setWrapText(true);
        createHint.getStyleClass().add(Styles.TEXT_MUTED);
        creating.getChildren().addAll(createTitle, createHint, field(m.get("accounts.field.login"), login),
                field(m.get("accounts.field.name"), name), field(m.get("accounts.field.site"), newSite),
                section(m.get("accounts.field.roles")), newRoleBoxes, create);

        // a person created: the form empties for the next one (the password box says who it was)
        vm.issuedProperty().addListener((o, a, issued) -> {
            if (issued != null && issued.login().equals(login.getText().strip())) {
                login.clear();
                name.clear();
                newRoles.values().forEach(b -> b.setSelected(false));
            }
        });
        vm.busyProperty().addListener((o, a, b) -> update());
        vm.accessProperty().addListener((o, a, b) -> update());
        show(null);
    }

    /** Shows this person's actions; null shows the new account form. */
    void show(CentralPerson p) {
        person = p;
        getChildren().setAll(p == null ? creating : selected);
        if (p != null) {
            who.setText(m.get("accounts.selected", p.displayName(), p.login()));
            state.setText(m.get(p.active() ? "accounts.state.active" : "accounts.state.disabled")
                    + " · " + m.get("accounts.selected.site", p.site()) + " · " + vm.roleLabels(p.roles()));
            roles.forEach((code, box) -> box.setSelected(p.roles().contains(code)));
            site.setValue(vm.sites().stream().filter(s -> s.code().equals(p.site())).findFirst().orElse(null));
        } else if (newSite.getValue() == null && !vm.sites().isEmpty()) {
            newSite.setValue(vm.sites().get(0));
        }
        update();
    }

    void focusFirst() {
        if (person == null) {
            login.requestFocus();
        } else {
            roles.values().iterator().next().requestFocus();
        }
    }

    private void update() {
        if (person == null) {
            return;
        }
        Optional<String> no = vm.cannotChange(person);
        boolean off = no.isPresent() || vm.busyProperty().get();
        why.setText(no.orElse(""));
        why.setVisible(no.isPresent());
        roles.values().forEach(b -> b.setDisable(no.isPresent()));
        site.setDisable(no.isPresent());
        saveRoles.setDisable(off);
        move.setDisable(off);
        reset.setDisable(off);
        // a disabled account stays disabled: there is nothing more to refuse
        disable.setDisable(off || !person.active());
    }

    private FlowPane roleBoxes(Map<String, CheckBox> boxes, String idPrefix) {
        FlowPane pane = new FlowPane(12, 6);
        for (String code : AccountsDesk.ROLES) {
            CheckBox box = new CheckBox(vm.roleLabel(code));
            box.setId(idPrefix + code.toLowerCase(java.util.Locale.ROOT));
            boxes.put(code, box);
            pane.getChildren().add(box);
        }
        return pane;
    }

    private static List<String> ticked(Map<String, CheckBox> boxes) {
        List<String> codes = new ArrayList<>();
        boxes.forEach((code, box) -> {
            if (box.isSelected()) {
                codes.add(code);
            }
        });
        return codes;
    }

    private VBox field(String label, javafx.scene.control.Control input) {
        Label l = new Label(label);
        l.setLabelFor(input);
        return new VBox(4, l, input);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private void siteCells(ComboBox<Site> box) {
        box.setCellFactory(v -> new SiteCell(m));
        box.setButtonCell(new SiteCell(m));
    }

    private static final class SiteCell extends ListCell<Site> {
        private final Messages m;

        SiteCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Site s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : m.get("accounts.site.item", s.code(), s.name()));
        }
    }
}

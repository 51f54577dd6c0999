package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.order.form.OrderForm;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The side panel where the order file's forms are filled in: the form's fields, each with its
 * error underneath naming it, "Valider" (Entrée) and "Annuler" (Échap). It sits beside the page,
 * so the page does not move while a form opens, closes or saves.
 */
final class FormPanel extends VBox {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages m;
    private final OrderFileForms forms;
    private final VBox body = new VBox(6);
    private final Label title = new Label();
    private final FormBodies bodies;
    private Node firstField;

    FormPanel(Messages m, Formats f, OrderFileForms forms) {
        super(10);
        this.m = m;
        this.forms = forms;
        this.bodies = new FormBodies(this, m, f);
        setId("order-form");
        getStyleClass().add("section-card");
        setPadding(new Insets(12));
        setPrefWidth(380);
        setMinWidth(340);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("form-title");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        forms.openProperty().addListener((o, a, form) -> show(form));
        show(null);
    }

    /** Puts the keyboard in the form's first field. */
    void focusFirst() {
        if (firstField != null) {
            firstField.requestFocus();
        }
    }

    private void show(OrderForm form) {
        body.getChildren().clear();
        firstField = null;
        boolean open = form != null;
        setVisible(open);
        setManaged(open);
        if (!open) {
            return;
        }
        title.setText(m.get(form.titleKey()));
        bodies.fill(form);
        Label general = error(form, OrderForm.GENERAL);
        Button submit = new Button(m.get("form.submit"), new FontIcon(Material2AL.CHECK));
        submit.setId("form-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setTooltip(new Tooltip(m.get("form.submit.tip")));
        submit.setOnAction(e -> form.submit());
        Button cancel = new Button(m.get("form.cancel"));
        cancel.setId("form-cancel");
        cancel.setTooltip(new Tooltip(m.get("form.cancel.tip")));
        cancel.setOnAction(e -> forms.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, spring, cancel, submit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        body.getChildren().addAll(general, buttons);
        javafx.application.Platform.runLater(this::focusFirst);
    }

    // ---- building blocks for FormBodies

    /** A labelled field with its error underneath. */
    void row(OrderForm form, String field, String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setLabelFor(control);
        control.setId("of-" + id(field));
        if (control instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        if (firstField == null) {
            firstField = control;
        }
        body.getChildren().addAll(new VBox(2, l, control, error(form, field)));
    }

    /** A control with no error of its own (a tick box). */
    void plain(Node control) {
        body.getChildren().add(control);
    }

    void hint(String id, javafx.beans.value.ObservableStringValue text) {
        Label h = new Label();
        h.textProperty().bind(text);
        h.setWrapText(true);
        h.setId(id);
        h.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        h.visibleProperty().bind(h.textProperty().isNotEmpty());
        h.managedProperty().bind(h.visibleProperty());
        body.getChildren().add(h);
    }

    void text(String value) {
        Label l = new Label(value);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        body.getChildren().add(l);
    }

    static TextField textField(StringProperty value) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return t;
    }

    <T> ComboBox<T> combo(List<T> options, ObjectProperty<T> value, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(options);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return options.stream().filter(o -> label.apply(o).equals(s)).findFirst().orElse(null);
            }
        });
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    ComboBox<LocalTime> timeCombo(List<LocalTime> times, ObjectProperty<LocalTime> value) {
        return combo(times, value, HOUR::format);
    }

    /**
     * A date picker whose typed text is read as it is typed (jj/mm/aaaa): a typo leaves the date
     * empty and the field's error says so, instead of closing anything or throwing.
     */
    DatePicker datePicker(ObjectProperty<LocalDate> value) {
        DatePicker d = new DatePicker();
        d.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(DateTimeFormatter.ofPattern(Formats.DATE_PATTERN));
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : Formats.parseDate(s).orElse(null);
            }
        });
        d.setPromptText(m.get("form.datePrompt"));
        d.valueProperty().bindBidirectional(value);
        d.getEditor().textProperty().addListener((o, a, text) -> {
            // the keyboard is on the picker (its editor only shows it): text that changes otherwise is the
            // picker writing its own value back
            if (!d.isFocused() && !d.getEditor().isFocused()) {
                return;
            }
            LocalDate parsed = text == null || text.isBlank() ? null : Formats.parseDate(text).orElse(null);
            if (parsed == null || !parsed.equals(value.get())) {
                value.set(parsed);
                if (!text.equals(d.getEditor().getText())) {
                    // the picker rewrote its text from the new value ("" for the first key over a
                    // pre-filled day): the keys typed are kept, as typed
                    d.getEditor().setText(text);
                }
            }
        });
        return d;
    }

    private Label error(OrderForm form, String field) {
        Label e = new Label();
        e.textProperty().bind(form.error(field));
        e.setWrapText(true);
        e.setId("of-error-" + id(field));
        e.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "form-error");
        e.visibleProperty().bind(e.textProperty().isNotEmpty());
        e.managedProperty().bind(e.visibleProperty());
        return e;
    }

    static String id(String field) {
        return field.replace('.', '-');
    }
}

package fr.cession.ui.neworder;

import fr.cession.domain.validation.Dates;
import fr.cession.ui.i18n.Formats;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;

/**
 * A date picker whose text is the form's value as typed: a French date typed by hand is read by
 * the domain ({@link Dates}), garbage stays in the field and the form reports it, naming the
 * field, instead of being silently dropped as a bare DatePicker does.
 */
final class DateField {

    private DateField() {
    }

    static DatePicker of(String id, StringProperty value, Formats formats) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setPromptText(Formats.DATE_PATTERN.toLowerCase(java.util.Locale.ROOT).replace('y', 'a')
                .replace('d', 'j'));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : formats.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return Dates.parse(s).orElse(null);
            }
        });
        picker.getEditor().setText(value.get());
        Dates.parse(value.get()).ifPresent(picker::setValue);
        // the picker blanks unreadable text when it loses focus: that one blanking is undone
        boolean[] leaving = {false};
        picker.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                leaving[0] = true;
                javafx.application.Platform.runLater(() -> leaving[0] = false);
            }
        });
        picker.getEditor().textProperty().addListener((o, a, typed) -> {
            boolean unreadable = value.get() != null && !value.get().isBlank() && Dates.parse(value.get()).isEmpty();
            if (typed.isEmpty() && unreadable && leaving[0]) {
                // the picker blanks unreadable text when it loses focus: put it back, the form says what is wrong
                javafx.application.Platform.runLater(() -> picker.getEditor().setText(value.get()));
                return;
            }
            if (!typed.equals(value.get())) {
                value.set(typed);
            }
        });
        // a day picked in the calendar writes its text; a commit of unreadable text must not erase what was typed
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null && !formats.date(d).equals(value.get())) {
                value.set(formats.date(d));
            }
        });
        value.addListener((o, a, text) -> {
            if (!text.equals(picker.getEditor().getText())) {
                picker.getEditor().setText(text);
            }
        });
        return picker;
    }
}

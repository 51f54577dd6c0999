package fr.cession.ui.order.form;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;

/** The text fields of an edit form, by the domain's field path, with the check each one runs as it is typed. */
final class TextFields {

    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, Function<String, Optional<String>>> checks = new LinkedHashMap<>();

    void add(String field, String value, Function<String, Optional<String>> check) {
        values.put(field, new SimpleStringProperty(value == null ? "" : value));
        checks.put(field, check);
    }

    List<String> fields() {
        return List.copyOf(values.keySet());
    }

    StringProperty get(String field) {
        StringProperty p = values.get(field);
        if (p == null) {
            throw new IllegalArgumentException("Champ inconnu du formulaire : " + field);
        }
        return p;
    }

    Optional<String> check(String field) {
        return checks.get(field).apply(values.get(field).get());
    }

    /** The typed value trimmed, or null when blank: the domain's "not given". */
    String value(String field) {
        String v = values.get(field).get();
        return v == null || v.isBlank() ? null : v.trim();
    }

    static Optional<String> none(String value) {
        return Optional.empty();
    }

    static Function<String, Optional<String>> optional(Function<String, Optional<String>> check) {
        return v -> v == null || v.isBlank() ? Optional.empty() : check.apply(v);
    }
}

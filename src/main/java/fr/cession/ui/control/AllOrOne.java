package fr.cession.ui.control;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A filter list offering « all » then each value (sites, people), kept in step with the values as
 * they are read again; the chosen value goes to the view model, null for « all ».
 */
public final class AllOrOne {

    private static final String ALL = "*";

    private AllOrOne() {
    }

    /**
     * @param allLabel how « all » reads (« Tous les sites »)
     * @param chosen   receives the value chosen, null for « all »
     */
    public static ComboBox<String> choice(String id, ObservableList<String> values, String allLabel,
                                          Consumer<String> chosen) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null || ALL.equals(v) ? allLabel : v;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Runnable fill = () -> {
            String keep = box.getValue();
            List<String> items = new ArrayList<>();
            items.add(ALL);
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(keep != null && items.contains(keep) ? keep : ALL);
        };
        values.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.valueProperty().addListener((o, was, v) -> chosen.accept(ALL.equals(v) ? null : v));
        return box;
    }
}

package fr.cession.ui.board;

import fr.cession.domain.user.PersonSettings;
import fr.cession.ui.UiContext;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The board filters a person named, kept in their settings ({@code board.filter.<name>}), read and
 * written off the FX thread. Saving under a name already taken replaces that filter.
 */
public final class SavedFilters {

    static final String PREFIX = "board.filter.";

    private final UiContext ctx;
    private final PersonSettings settings;
    private final ObservableList<SavedFilter> filters = FXCollections.observableArrayList();
    private final ObservableList<SavedFilter> view = FXCollections.unmodifiableObservableList(filters);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    SavedFilters(UiContext ctx, PersonSettings settings) {
        this.ctx = ctx;
        this.settings = settings;
    }

    /** The person's filters, by name. */
    public ObservableList<SavedFilter> all() {
        return view;
    }

    /** Why the last name was refused (empty, too long), in the interface language; null when saved. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Optional<SavedFilter> named(String name) {
        return filters.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    void load() {
        String login = ctx.actor().login();
        ctx.executor().execute(BackgroundTask.of(() -> read(login)).onSuccess(filters::setAll));
    }

    /** Saves the filter under its name, then {@code done} with it; a refused name says why and saves nothing. */
    void save(SavedFilter filter, Consumer<SavedFilter> done) {
        String name = filter.name() == null ? "" : filter.name().strip();
        if (name.isEmpty()) {
            error.set(ctx.messages().get("board.saved.nameRequired"));
            return;
        }
        if (name.length() > SavedFilter.MAX_NAME) {
            error.set(ctx.messages().get("board.saved.nameTooLong", SavedFilter.MAX_NAME, name.length()));
            return;
        }
        error.set(null);
        SavedFilter named = new SavedFilter(name, filter.filter(), filter.grouping());
        String login = ctx.actor().login();
        ctx.executor().execute(BackgroundTask.of(() -> {
            settings.put(login, PREFIX + name, named.encode());
            return read(login);
        }).onSuccess(all -> {
            filters.setAll(all);
            done.accept(named);
        }));
    }

    void delete(String name) {
        String login = ctx.actor().login();
        ctx.executor().execute(BackgroundTask.of(() -> {
            settings.put(login, PREFIX + name, null);
            return read(login);
        }).onSuccess(filters::setAll));
    }

    private List<SavedFilter> read(String login) {
        List<SavedFilter> out = new ArrayList<>();
        for (Map.Entry<String, String> e : settings.startingWith(login, PREFIX).entrySet()) {
            out.add(SavedFilter.decode(e.getKey().substring(PREFIX.length()), e.getValue()));
        }
        out.sort(java.util.Comparator.comparing(SavedFilter::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }
}

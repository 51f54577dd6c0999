package fr.cession.ui.fakes;

import fr.cession.ui.dialog.DialogService;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Dialogs that answer from a script and remember what they were asked to show. */
public final class FakeDialogs implements DialogService {

    public record Shown(String title, String message) {
    }

    public final List<Shown> errors = new CopyOnWriteArrayList<>();
    public final List<Shown> infos = new CopyOnWriteArrayList<>();
    public final List<Shown> confirms = new CopyOnWriteArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private boolean confirmAnswer;

    public FakeDialogs answer(Object... values) {
        answers.addAll(List.of(values));
        return this;
    }

    public FakeDialogs confirmWith(boolean yes) {
        this.confirmAnswer = yes;
        return this;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Shown(title, message));
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(new Shown(title, message));
    }

    @Override
    public boolean confirm(String title, String message) {
        confirms.add(new Shown(title, message));
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable((String) answers.poll());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        return Optional.ofNullable((T) answers.poll());
    }

    public List<String> errorMessages() {
        return new ArrayList<>(errors.stream().map(Shown::message).toList());
    }
}

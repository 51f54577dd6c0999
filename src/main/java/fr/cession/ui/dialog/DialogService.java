package fr.cession.ui.dialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog the screens open, behind one interface so that view models are tested with a fake. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<String> askText(String title, String prompt, String initial);

    <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label);
}

package fr.cession.ui.login;

import fr.cession.ui.dialog.DialogService;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.login.DesktopOpener.OpenedDesktop;
import fr.cession.ui.task.BackgroundTask;
import fr.cession.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The login screen: who, their password, and the answer. The check and the opening of the
 * person's store run off the FX thread; a wrong password waits longer at each attempt
 * ({@link LoginThrottle}) and is logged without the password.
 */
public final class LoginViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final LoginGate gate;
    private final Messages m;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LoginThrottle throttle;
    private final LoginThrottle.Sleeper sleeper;
    private final Consumer<OpenedDesktop> onOpened;

    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanBinding canSubmit;

    /** @param onOpened on the FX thread, once the person's store is open: show the desktop */
    public LoginViewModel(LoginGate gate, Messages m, TaskExecutor executor, DialogService dialogs,
                          LoginThrottle throttle, LoginThrottle.Sleeper sleeper, Consumer<OpenedDesktop> onOpened) {
        this.gate = gate;
        this.m = m;
        this.executor = executor;
        this.dialogs = dialogs;
        this.throttle = throttle;
        this.sleeper = sleeper;
        this.onOpened = onOpened;
        this.canSubmit = Bindings.createBooleanBinding(() -> !busy.get(), busy);
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Why the last attempt was refused, empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** What is being done while busy ("Vérification…", "Ouverture…"). */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    /** Where passwords are checked, for the line under the title. */
    public String modeText() {
        return m.get(gate.standalone() ? "login.mode.standalone" : "login.mode.central");
    }

    /** Entrée or the button: checks the login and the password, then opens the person's desktop. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        String who = login.get() == null ? "" : login.get().trim();
        if (who.isEmpty()) {
            error.set(m.get("login.error.login"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            error.set(m.get("login.error.password"));
            return;
        }
        char[] secret = password.get().toCharArray();
        // The field is emptied at once: the password lives only as long as the check.
        password.set("");
        check(who, secret, () -> gate.logIn(who, secret));
    }

    private void check(String who, char[] secret, java.util.concurrent.Callable<LoginResult> attempt) {
        busy.set(true);
        error.set("");
        progress.set(m.get("login.progress.check"));
        executor.execute(BackgroundTask.of(() -> {
            LoginResult result = attempt.call();
            if (result instanceof LoginResult.Refused r && r.wrongPassword()) {
                Duration wait = throttle.failed(who);
                LOG.info("Connexion refusée pour « {} » : mot de passe incorrect ({} échec(s) de suite, attente {} s)",
                        who, throttle.failures(who), wait.toSeconds());
                sleeper.sleep(wait);
            } else if (result instanceof LoginResult.Refused r) {
                LOG.info("Connexion refusée pour « {} » : {}", who, r.reason());
            } else if (result instanceof LoginResult.Accepted a) {
                throttle.succeeded(who);
                LOG.info("Connexion de « {} » ({})", who, a.offline() ? "hors ligne" : "base centrale");
            }
            return result;
        }).onSuccess(result -> answer(who, secret, result)).onFailure(e -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            progress.set("");
            error.set(m.get("login.error.failed", reason(e)));
        }));
    }

    private void answer(String who, char[] secret, LoginResult result) {
        if (result instanceof LoginResult.Accepted a) {
            Arrays.fill(secret, '\0');
            open(a);
            return;
        }
        busy.set(false);
        progress.set("");
        if (result instanceof LoginResult.ConfirmLocalAccount c) {
            // A person deciding, not a typo creating an account: say what it means, then ask.
            if (dialogs.confirm(m.get("login.local.title"), m.get("login.local.ask", c.login()))) {
                check(who, secret, () -> gate.createLocalAccount(c.login(), secret));
            } else {
                Arrays.fill(secret, '\0');
                error.set(m.get("login.local.cancelled"));
            }
            return;
        }
        Arrays.fill(secret, '\0');
        error.set(((LoginResult.Refused) result).reason());
    }

    private void open(LoginResult.Accepted accepted) {
        progress.set(m.get("login.progress.open", accepted.actor().displayName()));
        executor.execute(BackgroundTask.of(accepted.opener()::open).onSuccess(opened -> {
            progress.set("");
            onOpened.accept(opened);
        }).onFailure(e -> {
            busy.set(false);
            progress.set("");
            error.set(m.get("login.error.open", reason(e)));
        }));
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

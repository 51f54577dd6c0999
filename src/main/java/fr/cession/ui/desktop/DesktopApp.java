package fr.cession.ui.desktop;

import fr.cession.ui.i18n.Messages;
import fr.cession.ui.login.LoginGate;
import fr.cession.ui.login.LoginThrottle;
import fr.cession.ui.papers.FxFileDesk;
import fr.cession.ui.shell.PreferencesPlacementStore;
import fr.cession.ui.shell.WindowPlacer;
import fr.cession.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The desktop's JavaFX entry point. JavaFX creates the {@link Application} itself, by reflection
 * and with no arguments, so dependencies cannot come through a constructor: the composition root
 * sets a factory with {@link #launch(Supplier)} just before {@code Application.launch}, and
 * {@link #init()} takes it once. That static hand-off is the only one in the desktop and holds a
 * factory, not the services: everything below it is built by constructors. The window opens on
 * the login screen; the person's store and sync are opened only once they are in.
 */
public final class DesktopApp extends Application {

    /**
     * What the login screen needs: who checks passwords, the interface language, the clock of the
     * delays, and a login and password to submit at once (null: the person types them).
     */
    public record Start(LoginGate gate, Locale locale, Clock clock, String autoLogin, String autoPassword) {
        public Start(LoginGate gate, Locale locale, Clock clock) {
            this(gate, locale, clock, null, null);
        }
    }

    private static Supplier<Start> pendingFactory;

    private Start deps;
    private LoginScreen login;
    private String startupProblem;
    private FxTaskExecutor executor;

    /** Starts the desktop and blocks until its window is closed. */
    public static void launch(Supplier<Start> factory) {
        synchronized (DesktopApp.class) {
            pendingFactory = Objects.requireNonNull(factory);
        }
        Application.launch(DesktopApp.class);
    }

    @Override
    public void init() {
        Supplier<Start> factory;
        synchronized (DesktopApp.class) {
            factory = pendingFactory;
            pendingFactory = null;
        }
        if (factory == null) {
            throw new IllegalStateException("DesktopApp.launch(factory) must be used to start the desktop");
        }
        try {
            deps = factory.get();
        } catch (RuntimeException e) {
            startupProblem = reason(e);
        }
    }

    /** The French message of what stopped the start (the store's own, e.g. a file held by another instance). */
    private static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void start(Stage stage) {
        if (startupProblem != null) {
            Messages m = new Messages(Messages.FRENCH);
            Alert alert = new Alert(Alert.AlertType.ERROR, startupProblem,
                    new ButtonType(m.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
            alert.setTitle(m.get("app.title"));
            alert.setHeaderText(m.get("startup.failed"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        executor = new FxTaskExecutor(2);
        login = new LoginScreen(deps.gate(), deps.locale(), stage, executor, DesktopWindow.fxDialogs(stage),
                WindowPlacer.onScreens(PreferencesPlacementStore.forUser()), deps.clock(), LoginThrottle.Sleeper.REAL,
                new FxFileDesk(() -> stage, getHostServices()::showDocument));
        login.show();
        if (deps.autoLogin() != null && deps.autoPassword() != null) {
            login.logInAs(deps.autoLogin(), deps.autoPassword());
        }
    }

    @Override
    public void stop() {
        if (login != null) {
            login.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}

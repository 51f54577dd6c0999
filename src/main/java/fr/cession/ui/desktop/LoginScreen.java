package fr.cession.ui.desktop;

import atlantafx.base.theme.PrimerLight;
import fr.cession.ui.dialog.DialogService;
import fr.cession.ui.help.TextClipboard;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.login.DesktopOpener.OpenedDesktop;
import fr.cession.ui.login.LoginGate;
import fr.cession.ui.login.LoginThrottle;
import fr.cession.ui.login.LoginView;
import fr.cession.ui.login.LoginViewModel;
import fr.cession.ui.papers.FileDesk;
import fr.cession.ui.papers.FxFileDesk;
import fr.cession.ui.shell.WindowPlacer;
import fr.cession.ui.task.TaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The first thing the desktop shows: the login form on the window's stage; once the person is
 * in and their store open, the same stage becomes their desktop ({@link DesktopWindow}).
 */
public final class LoginScreen {

    private static final Logger LOG = LoggerFactory.getLogger(LoginScreen.class);

    private final Stage stage;
    private final TaskExecutor executor;
    private final Function<Messages, DialogService> dialogs;
    private final WindowPlacer placer;
    private final LoginViewModel vm;
    private final LoginView view;
    private final FileDesk files;
    private volatile DesktopWindow desktop;
    private AutoCloseable session;

    public LoginScreen(LoginGate gate, Locale locale, Stage stage, TaskExecutor executor,
                       Function<Messages, DialogService> dialogs, WindowPlacer placer, Clock clock,
                       LoginThrottle.Sleeper sleeper) {
        this(gate, locale, stage, executor, dialogs, placer, clock, sleeper, new FxFileDesk(() -> stage, uri -> { }));
    }

    /** @param files the save dialog and the system's viewer for the desktop's papers and exports */
    public LoginScreen(LoginGate gate, Locale locale, Stage stage, TaskExecutor executor,
                       Function<Messages, DialogService> dialogs, WindowPlacer placer, Clock clock,
                       LoginThrottle.Sleeper sleeper, FileDesk files) {
        this.stage = stage;
        this.files = files;
        this.executor = executor;
        this.dialogs = dialogs;
        this.placer = placer;
        Messages m = new Messages(locale == null ? Messages.FRENCH : locale);
        this.vm = new LoginViewModel(gate, m, executor, dialogs.apply(m), new LoginThrottle(clock), sleeper,
                this::openDesktop);
        this.view = new LoginView(vm, m);
        stage.setTitle(m.get("login.window"));
    }

    public void show() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(view, 540, 600);
        scene.getStylesheets().add(Objects.requireNonNull(
                LoginScreen.class.getResource("/fr/cession/ui/cession.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focusFirstField();
        StartupMark.loginShown(scene);
    }

    public LoginViewModel viewModel() {
        return vm;
    }

    /** The desktop once logged in (null before). */
    public DesktopWindow desktop() {
        return desktop;
    }

    private void openDesktop(OpenedDesktop opened) {
        session = opened.session();
        // published once shown: whoever asks for the desktop finds its screens built
        DesktopWindow shown = new DesktopWindow(opened.dependencies(), stage, executor, dialogs, placer, files,
                opened.diagnosis(), TextClipboard.system());
        shown.show();
        desktop = shown;
        StartupMark.whenTodayShown(shown);
    }

    /**
     * Logs in without the form: the person's login and password given by the environment
     * ({@code CESSION_UTILISATEUR} / {@code CESSION_MOT_DE_PASSE}, as the command line reads them),
     * for a kiosk or a smoke test of the installed application. Answers as the form would.
     */
    public void logInAs(String login, String password) {
        vm.loginProperty().set(login);
        vm.passwordProperty().set(password);
        vm.submit();
    }

    /** Closes the person's store and sync, if a login opened them. */
    public void close() {
        if (desktop != null) {
            desktop.close();
        }
        if (session != null) {
            try {
                session.close();
            } catch (Exception e) {
                LOG.warn("Fermeture de la session : {}", e.getMessage());
            }
            session = null;
        }
    }
}

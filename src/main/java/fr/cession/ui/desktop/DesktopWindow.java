package fr.cession.ui.desktop;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.DialogService;
import fr.cession.ui.dialog.FxDialogService;
import fr.cession.ui.help.Diagnosis;
import fr.cession.ui.help.HelpActions;
import fr.cession.ui.help.TextClipboard;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.FileDesk;
import fr.cession.ui.papers.FxFileDesk;
import fr.cession.ui.papers.PaperDesk;
import fr.cession.ui.reminder.DesktopNotifier;
import fr.cession.ui.reminder.ReminderCenter;
import fr.cession.ui.reminder.ReminderMenu;
import fr.cession.ui.reminder.TrayNotifier;
import fr.cession.ui.shell.MainView;
import fr.cession.ui.shell.MainViewModel;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.shell.WindowPlacementStore;
import fr.cession.ui.shell.WindowPlacer;
import fr.cession.ui.status.StatusBarViewModel;
import fr.cession.ui.task.TaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the window from the dependencies: used by {@link DesktopApp} and by the UI tests, which
 * hand it their own stage. Switching the language rebuilds the view models and views in the new
 * language on the same stage, and comes back to the screen the user was on.
 */
public final class DesktopWindow {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopWindow.class);

    private final DesktopDependencies deps;
    private final Stage stage;
    private final TaskExecutor executor;
    private final Function<Messages, DialogService> dialogs;
    private final Scene scene;
    private final WindowPlacer placer;
    private final FileDesk files;
    private final Diagnosis diagnosis;
    private final TextClipboard clipboard;
    private MainViewModel main;
    private StatusBarViewModel status;
    private AutoCloseable received;
    private ReminderCenter reminders;
    private DesktopNotifier notifier;
    private volatile boolean closed;
    private boolean dark;

    /** A window that opens on the primary screen's usable area and remembers nothing (tests). */
    public DesktopWindow(DesktopDependencies deps, Stage stage, TaskExecutor executor,
                         Function<Messages, DialogService> dialogs) {
        this(deps, stage, executor, dialogs, WindowPlacer.onScreens(WindowPlacementStore.NONE));
    }

    /**
     * @param dialogs the dialogs for a language (tests pass a fake)
     * @param placer  where the window opens, and where its last placement is kept
     */
    public DesktopWindow(DesktopDependencies deps, Stage stage, TaskExecutor executor,
                         Function<Messages, DialogService> dialogs, WindowPlacer placer) {
        // without the application's HostServices a written paper is not opened: the notice says where it is
        this(deps, stage, executor, dialogs, placer, new FxFileDesk(() -> stage, uri -> { }));
    }

    /** @param files where papers and exports are saved (the save dialog) and how they are opened (tests pass a fake) */
    public DesktopWindow(DesktopDependencies deps, Stage stage, TaskExecutor executor,
                         Function<Messages, DialogService> dialogs, WindowPlacer placer, FileDesk files) {
        this(deps, stage, executor, dialogs, placer, files, Diagnosis.NONE, TextClipboard.system());
    }

    /**
     * @param diagnosis what « Aide → Copier le diagnostic » copies (the composition root's, as the
     *                  {@code diagnostic} command prints it)
     * @param clipboard where it goes (tests pass a fake: Monocle's clipboard is not the desktop's)
     */
    public DesktopWindow(DesktopDependencies deps, Stage stage, TaskExecutor executor,
                         Function<Messages, DialogService> dialogs, WindowPlacer placer, FileDesk files,
                         Diagnosis diagnosis, TextClipboard clipboard) {
        this.diagnosis = Objects.requireNonNull(diagnosis);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.deps = deps;
        this.files = files;
        this.placer = placer;
        this.stage = stage;
        this.executor = executor;
        this.dialogs = dialogs;
        // sized by the placer, from the screen's usable area or the last placement
        this.scene = new Scene(new javafx.scene.layout.Pane());
        scene.getStylesheets().add(Objects.requireNonNull(
                DesktopWindow.class.getResource("/fr/cession/ui/cession.css")).toExternalForm());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static Function<Messages, DialogService> fxDialogs(Stage stage) {
        return m -> new FxDialogService(() -> stage, m);
    }

    /** Shows the window on "Ma journée" and starts reading the data. */
    public void show() {
        build(deps.locale() == null ? Messages.FRENCH : deps.locale(), Screen.MA_JOURNEE);
        stage.setScene(scene);
        placer.place(stage);
        stage.show();
        main.start(deps.demoData());
        reminders.start();
    }

    /** The reminders of this window (notifications, digest, the « Rappels » menu's choices). */
    public ReminderCenter reminders() {
        return reminders;
    }

    public MainViewModel viewModel() {
        return main;
    }

    public Scene scene() {
        return scene;
    }

    public void switchLanguage(Locale locale) {
        Screen current = main.screenProperty().get();
        build(locale, current == Screen.FICHE_COMMANDE || current == Screen.NOUVELLE_COMMANDE
                ? Screen.MA_JOURNEE : current);
        main.feed().refresh();
    }

    public void switchTheme(boolean toDark) {
        dark = toDark;
        Application.setUserAgentStylesheet(toDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), toDark);
    }

    private void build(Locale locale, Screen screen) {
        closeStatus();
        // JavaFX's own controls (the agenda's CalendarFX, date pickers) format with the default locale:
        // the person's language, not the machine's, so « lun. 7 » and 14:00 rather than « Mon, 7 » and 2:00 PM;
        // CalendarFX reads its words (« Aujourd'hui », « Toute la journée ») with the plain default locale.
        Locale.setDefault(locale);
        Messages messages = new Messages(locale);
        Formats formats = new Formats(deps.zone());
        UiContext ctx = new UiContext(deps.actor(), deps.clock(), deps.zone(), deps.settings(), messages, formats,
                executor, dialogs.apply(messages), deps.orders(), deps.board(), deps.actions());
        main = new MainViewModel(ctx, deps.conflicts(), deps.approvals(), deps.accounts(),
                new PaperDesk(deps.papers(), files), deps.agenda(), deps.dashboard(), deps.personal());
        status = new StatusBarViewModel(deps.actor(), deps.sync(), messages, formats, Platform::runLater);
        MainViewModel shown = main;
        // a sync that ends while the person logs out must not read a store about to close
        received = deps.sync().onReceived(() -> {
            if (!closed) {
                shown.synced();
            }
        });
        HelpActions help = new HelpActions(diagnosis, clipboard, executor, ctx.dialogs(), messages);
        MainView view = new MainView(main, ctx, status, dark, this::switchLanguage, this::switchTheme, stage::close,
                help);
        reminders(ctx, view, messages, stage.isShowing());
        scene.setRoot(view);
        view.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        stage.setTitle(messages.get("app.window", deps.actor().displayName()));
        main.show(screen);
    }

    /**
     * The reminders, rebuilt with the window in a new language.
     *
     * @param running the window is already shown (a language switch): they start at once
     */
    private void reminders(UiContext ctx, MainView view, Messages messages, boolean running) {
        closeNotifier();
        MainViewModel shown = main;
        reminders = new ReminderCenter(ctx, main.feed(), deps.approvals(), deps.conflicts(), deps.personal(),
                shown::openOrder, () -> shown.show(Screen.MA_JOURNEE));
        if (reminders.active()) {
            notifier = new DesktopNotifier(reminders, () -> stage,
                    TrayNotifier.forSystem(messages.get("app.window", deps.actor().displayName())));
            view.addMenu(new ReminderMenu(reminders, messages));
            if (running) {
                reminders.start();
            }
        }
    }

    private void closeNotifier() {
        if (notifier != null) {
            notifier.close();
            notifier = null;
        }
    }

    /** Stops following the sync, before the person's store and sync close (logging out). */
    public void close() {
        closed = true;
        closeNotifier();
        closeStatus();
    }

    private void closeStatus() {
        if (received != null) {
            try {
                received.close();
            } catch (Exception e) {
                LOG.debug("Sync listener already closed", e);
            }
        }
        if (status != null) {
            try {
                status.close();
            } catch (Exception e) {
                LOG.debug("Sync listener already closed", e);
            }
        }
    }
}

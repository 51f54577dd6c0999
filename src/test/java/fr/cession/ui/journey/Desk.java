package fr.cession.ui.journey;

import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop a person sits at for a journey: the real store, playbook and workflow behind one
 * window, opened for one actor at a time (there is no login screen: a new person closes the
 * window and opens it again). Shared gestures (typing, pressing a button as a click would,
 * waiting on what the screen shows) and the step screenshots {@code journey-<n>-<step>.png}.
 * A journey through the real login screen ({@link #onLoginWindow}) uses the same gestures on the
 * window and store the login opened for the person.
 */
public final class Desk implements AutoCloseable {


    /** The journey's own store; null on a desk whose window a login opened. */
    public final RealStore real;
    public final FakeDialogs dialogs = new FakeDialogs();
    /** The inspectors of the shipped config/inspecteurs.properties, as a desktop started from it has them. */
    private static final fr.cession.domain.agenda.InspectorRoster SHIPPED_INSPECTORS = shippedInspectors();
    public final FxRobot robot = new FxRobot();
    private final int journey;
    private final Supplier<DesktopWindow> loggedIn;
    private final Supplier<OrderFileRepository> orders;
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private boolean redFlags;

    public Desk(int journey) {
        this.journey = journey;
        this.real = new RealStore();
        this.loggedIn = null;
        this.orders = () -> real.repo;
    }

    private Desk(int journey, Supplier<DesktopWindow> loggedIn, Supplier<OrderFileRepository> orders) {
        this.journey = journey;
        this.real = null;
        this.loggedIn = loggedIn;
        this.orders = orders;
    }

    /**
     * A desk on the window a login opened (whoever is logged in now) and that person's store: the
     * caller logs people in and out; {@link #openAs} is not for this desk.
     */
    public static Desk onLoginWindow(int journey, Supplier<DesktopWindow> window,
                                     Supplier<OrderFileRepository> orders) {
        return new Desk(journey, window, orders);
    }

    /** The store of the person at the desk, to read what a gesture wrote. */
    public OrderFileRepository orders() {
        return orders.get();
    }

    /** The board shows the red flags of 003:9 (computed from the store, as the desktop does). */
    public Desk withRedFlags() {
        this.redFlags = true;
        return this;
    }

    /** Opens the window as {@code actor}, closing the previous one (another person sits down). */
    public Desk openAs(Actor actor) throws Exception {
        if (real == null) {
            throw new IllegalStateException("a login opens this desk's window");
        }
        closeWindow();
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(actor, TestUi.CLOCK, TestUi.PARIS, RuleSettings.SEED_004,
                real.repo, redFlags ? real.flaggedBoard : real.board, real.actions, SyncStatus.localOnly(), DemoDataOffer.NONE, Locale.FRANCE,
                ConflictDesk.NONE, real.approvals, fr.cession.ui.accounts.AccountsDesk.NONE,
                fr.cession.ui.papers.Papers.NONE, real.agenda.with(SHIPPED_INSPECTORS), real.dashboard);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> dialogs);
            window.show();
        });
        waitFor(() -> window.scene().getRoot().lookup("#nav-today") != null);
        return this;
    }

    private static fr.cession.domain.agenda.InspectorRoster shippedInspectors() {
        try {
            return fr.cession.domain.agenda.InspectorRoster.parse(java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of("config", fr.cession.domain.agenda.InspectorRoster.FILE_NAME)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public DesktopWindow window() {
        return loggedIn != null ? loggedIn.get() : window;
    }

    /** Presses a button the person sees: it must be on screen and enabled, as for a click. */
    public void press(String query) throws Exception {
        waitFor(() -> robot.lookup(query).tryQuery().map(n -> showing(n) && !n.isDisabled()).orElse(false));
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(b::fire);
    }

    public void type(String query, String value) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(value);
    }

    public String text(String query) {
        String t = robot.lookup(query).queryAs(Labeled.class).getText();
        return t == null ? "" : t;
    }

    public boolean present(String query) {
        return robot.lookup(query).tryQuery().map(Desk::showing).orElse(false);
    }

    /** Whether the node and every parent are visible. */
    public static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** No error dialog so far: a refusal the journey did not expect fails it with its text. */
    public void noErrors() {
        assertThat(dialogs.errors).as("error dialogs").isEmpty();
    }

    public static void waitFor(Callable<Boolean> condition) throws Exception {
        FxSteps.waitFor(condition);
    }

    public void shot(String step) throws Exception {
        FxSteps.shot(window().scene().getRoot(), "journey-" + journey + "-" + step);
    }

    private void closeWindow() throws Exception {
        if (window != null) {
            FxToolkit.cleanupStages();
            executor.close();
            window = null;
        }
    }

    @Override
    public void close() throws Exception {
        closeWindow();
        if (real != null) {
            real.close();
        }
    }
}

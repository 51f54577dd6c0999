package fr.cession.ui;

import fr.cession.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.stage.Stage;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The desktop's JavaFX entry point. JavaFX creates the {@link Application} itself, by reflection
 * and with no arguments, so dependencies cannot come through a constructor: the composition root
 * sets a factory with {@link #launch(Supplier)} just before {@code Application.launch}, and
 * {@link #init()} takes it once. That static hand-off is the only one in the desktop and holds a
 * factory, not the services: everything below it is built by constructors.
 */
public final class DesktopApp extends Application {

    private static Supplier<DesktopDependencies> pendingFactory;

    private DesktopDependencies deps;
    private FxTaskExecutor executor;

    /** Starts the desktop and blocks until its window is closed. */
    public static void launch(Supplier<DesktopDependencies> factory) {
        synchronized (DesktopApp.class) {
            pendingFactory = Objects.requireNonNull(factory);
        }
        Application.launch(DesktopApp.class);
    }

    @Override
    public void init() {
        Supplier<DesktopDependencies> factory;
        synchronized (DesktopApp.class) {
            factory = pendingFactory;
            pendingFactory = null;
        }
        if (factory == null) {
            throw new IllegalStateException("DesktopApp.launch(factory) must be used to start the desktop");
        }
        deps = factory.get();
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        new DesktopWindow(deps, stage, executor, DesktopWindow.fxDialogs(stage)).show();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}

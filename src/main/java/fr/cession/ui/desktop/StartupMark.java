package fr.cession.ui.desktop;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * One line in the log when the login screen, then « Ma journée », is interactive (laid out; for
 * Ma journée, with its first read): the support's and the smoke test's measure of a launch, since
 * the JVM started.
 */
final class StartupMark {

    private static final Logger LOG = LoggerFactory.getLogger(StartupMark.class);
    static final String PREFIX = "Ma journée affichée";

    private StartupMark() {
    }

    static void whenTodayShown(DesktopWindow window) {
        var mineReads = window.viewModel().feed().mineReadsProperty();
        if (mineReads.get() > 0) {
            afterNextLayout(window.scene());
            return;
        }
        ChangeListener<Number> read = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                mineReads.removeListener(this);
                afterNextLayout(window.scene());
            }
        };
        mineReads.addListener(read);
    }

    /** The log's line, not a screen's: the support reads it. */
    static void loginShown(Scene scene) {
        whenShown(scene, "Écran de connexion affiché");
    }

    private static void afterNextLayout(Scene scene) {
        whenShown(scene, PREFIX);
    }

    /** Logs what was shown, and when, once the scene has been laid out. */
    private static void whenShown(Scene scene, String what) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            LOG.info("{} : {} ms depuis le lancement", what,
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}

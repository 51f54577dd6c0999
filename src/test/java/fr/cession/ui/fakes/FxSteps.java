package fr.cession.ui.fakes;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** What every screen test does between two user actions: wait on a condition, never on time, and take a picture. */
public final class FxSteps {

    /** Where the screenshots of the journeys go, to be opened and looked at. */
    public static final Path SHOTS = Path.of("target", "screenshots");

    private FxSteps() {
    }

    /** Until the condition holds (read after the FX queue has drained), 20 s at most (a loaded CI machine). */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node as it is drawn now, into {@code target/screenshots/<name>.png}. */
    public static void shot(Node root, String name) throws Exception {
        Files.createDirectories(SHOTS);
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name + ".png").toFile());
    }
}

package fr.cession.ui.shell;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, "fits the screen": where the window opens. */
class WindowFitTest {

    /** A 1366×768 screen with a 40-pixel task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D RIGHT = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void theFirstTimeItTakesThePrimaryScreensUsableArea() {
        assertThat(WindowFit.choose(Optional.empty(), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowPlacement(0, 0, 1366, 728, false));
    }

    @Test
    void itOpensWhereItWasLeftWhenThatIsStillOnAScreen() {
        WindowPlacement left = new WindowPlacement(1500, 100, 1200, 800, false);
        assertThat(WindowFit.choose(Optional.of(left), List.of(LAPTOP, RIGHT), LAPTOP)).isEqualTo(left);
        WindowPlacement maximised = new WindowPlacement(100, 50, 1000, 600, true);
        assertThat(WindowFit.choose(Optional.of(maximised), List.of(LAPTOP), LAPTOP)).isEqualTo(maximised);
    }

    @Test
    void aPlacementOnAScreenUnpluggedSinceOpensOnThePrimaryScreen() {
        WindowPlacement onRight = new WindowPlacement(1500, 100, 1200, 800, true);
        assertThat(WindowFit.choose(Optional.of(onRight), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowPlacement(0, 0, 1366, 728, false));
        // only a sliver of the title bar on the screen: not grabbable
        WindowPlacement sliver = new WindowPlacement(1300, 10, 900, 600, false);
        assertThat(WindowFit.choose(Optional.of(sliver), List.of(LAPTOP), LAPTOP).x()).isZero();
    }

    @Test
    void aPlacementLargerThanItsScreenIsShrunkAndMovedInside() {
        WindowPlacement big = new WindowPlacement(200, 100, 1920, 1080, false);
        WindowPlacement p = WindowFit.choose(Optional.of(big), List.of(LAPTOP), LAPTOP);
        assertThat(p).isEqualTo(new WindowPlacement(0, 0, 1366, 728, false));
        WindowPlacement low = new WindowPlacement(300, 500, 800, 600, false);
        assertThat(WindowFit.choose(Optional.of(low), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowPlacement(300, 128, 800, 600, false));
    }
}

package fr.cession.ui.order.history;

import fr.cession.domain.demo.DemoPeople;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.i18n.PersonNames;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The history pane on screen: its sentences, its filter, and the raw log's toggle for managers only. */
class HistoryPaneTest {

    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private HistoryPane show(Locale locale, Actor user) throws Exception {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        f.items().forEach(i -> ui.workflow.tick(i.orderId(), i.id(), TestUi.ACTOR));
        OrderFile file = ui.store.load(f.orderId()).orElseThrow();
        AtomicReference<HistoryPane> pane = new AtomicReference<>();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            HistoryPane p = new HistoryPane(new Messages(locale), new Formats(TestUi.PARIS), user);
            p.show(file, ui.store.history(file.orderId()));
            pane.set(p);
            stage.setScene(new Scene(p, 900, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane.get();
    }

    private static void shot(Node node, String name) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        var image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                dir.resolve(name + ".png").toFile());
    }

    private List<String> texts(HistoryPane pane) {
        return pane.lookupAll(".label").stream().filter(n -> n instanceof Labeled && n.isVisible())
                .map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void showsTheSentencesAndFiltersThem() throws Exception {
        HistoryPane pane = show(Locale.FRANCE, TestUi.ACTOR);
        assertThat(texts(pane)).anyMatch(t -> t.startsWith("Claire Dupont a coché « "))
                .anyMatch(t -> t.startsWith("Claire Dupont a créé la commande " + ui.store.allFiles().get(0).order().number()));
        assertThat(robot.lookup("#history-raw").tryQuery()).isEmpty();
        shot(pane, "history-pane");
        robot.interact(() -> robot.lookup("#history-filter-status").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(pane)).noneMatch(t -> t.contains("a coché")).anyMatch(t -> t.contains("a créé la commande"));
        robot.interact(() -> robot.lookup("#history-filter-approvals").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(pane)).contains("Rien de ce type dans l'historique.");
    }

    @Test
    void aManagerCanSwitchToTheRawLogAndEveryTextIsFromTheBundle() throws Exception {
        Actor manager = new Actor("pmoreau", "Paul Moreau", Role.MANAGER, "LYON");
        HistoryPane pane = show(Locale.UK, manager);
        assertThat(texts(pane)).anyMatch(t -> t.startsWith("cdupont ticked \"") || t.startsWith("Claire Dupont ticked"));
        robot.interact(() -> robot.lookup("#history-raw").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.viewModel().rawProperty().get()).isTrue();
        assertThat(texts(pane)).anyMatch(t -> t.startsWith("10/03/2026 10:00 · cdupont · Changed · Checklist line \""))
                .anyMatch(t -> t.startsWith("\"Ticked\": no → yes"));
        for (Node n : pane.lookupAll(".labeled")) {
            String t = ((Labeled) n).getText();
            assertThat(t == null ? "" : t).doesNotContain("!");
        }
        assertThat(texts(pane)).allSatisfy(t -> assertThat(t).doesNotContain("!"));
        assertThat(new PersonNames(manager, DemoPeople.displayNames()).name("j.dupont")).isEqualTo("Julie Dupont");
    }
}

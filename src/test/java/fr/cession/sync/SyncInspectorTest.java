package fr.cession.sync;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over's inspector (004:50) travels with the order through the real central PostgreSQL
 * (local V101, central V24): set at Lyon, changed at Paris, the same at both sites and centrally.
 */
class SyncInspectorTest extends SyncTestBase {

    @Test
    void anInspectorSetAtOneSiteAndChangedAtTheOtherIsTheSameEverywhere() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        var flow = SiteWorkflow.of(lyon, clock);
        UUID id = flow.create(SiteWorkflow.draft("BO-2026-81", "Martin", clock), SiteWorkflow.actor(lyon)).orderId();
        flow.edits().setInspector(id, "Marc Lefèvre", SiteWorkflow.actor(lyon));
        assertThat(lyon.syncOnce().refusals()).isEmpty();
        assertThat(central.value("sales_order", id, "inspector")).isEqualTo("Marc Lefèvre");

        paris.syncOnce();
        SiteWorkflow.of(paris, clock).edits().setInspector(id, "Sophie Girard", SiteWorkflow.actor(paris));
        assertThat(paris.syncOnce().refusals()).isEmpty();
        lyon.syncOnce();
        for (Desktop d : List.of(lyon, paris)) {
            assertThat(SiteWorkflow.repo(d).load(id).orElseThrow().order().inspector()).as(d.site)
                    .isEqualTo("Sophie Girard");
            assertThat(d.row("sales_order", id)).as(d.site).isEqualTo(central.row("sales_order", id));
        }
    }
}

package fr.cession.sync;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.timer.TimerActor;
import fr.cession.domain.timer.TimerEngine;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.workflow.DueTimers;
import fr.cession.store.dossier.JooqOpenOrders;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timed outcomes of 001:21 as the desktops really push them: each with the account of the person
 * at it (rights and row security of the central database, V8). The timer's cancellation and its refund
 * request land in the timer's name (V22, V23), who sent it kept beside; a person who confirmed before
 * the due instant wins in both push orders, the timer taken back when it got there first.
 */
class TimerPeopleSyncTest extends SyncTestBase {

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String alice = "alice_" + tag;
    private final String bruno = "bruno_" + tag;
    private Desktop lyon;
    private Desktop paris;

    @BeforeEach
    void peopleAtTwoSites() {
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(centralDs));
        UUID org = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        admin.createSite(org, "LYON", "Lyon");
        admin.createSite(org, "PARIS", "Paris");
        admin.createPerson(alice, password(alice), "Alice Conseil", org, "LYON", List.of("COMMERCIAL"), false);
        admin.createPerson(bruno, password(bruno), "Bruno Conseil", org, "PARIS", List.of("COMMERCIAL"), false);
        lyon = desktop("LYON", CentralPg.as(centralDs, alice, new String(password(alice))));
        paris = desktop("PARIS", CentralPg.as(centralDs, bruno, new String(password(bruno))));
    }

    @ParameterizedTest(name = "{0} envoie en premier")
    @ValueSource(strings = {"PARIS", "LYON"})
    void underPeoplesAccountsTheTimerLandsInItsNameAndLosesToAnEarlierConfirmation(String first) {
        Actor aliceAtLyon = new Actor(alice, "Alice Conseil", Role.COMMERCIAL, "LYON");
        lyon.syncOnce();
        paris.syncOnce();
        OrderFile file = SiteWorkflow.of(lyon, clock).create(SiteWorkflow.draft("LYON-2026-0200", "Martin", clock),
                aliceAtLyon);
        UUID order = file.orderId();
        lyon.syncOnce();
        paris.syncOnce();
        clock.advance(Duration.ofHours(47));
        SiteWorkflow.of(lyon, clock).advance(order, aliceAtLyon); // offline: confirmed at 47 h
        clock.advance(Duration.ofHours(30));
        assertThat(timers(paris).fireDue("PARIS").fired()).hasSize(1); // offline: Paris never saw it

        if (first.equals("PARIS")) {
            assertThat(paris.syncOnce().refusals()).as("the timer's refund request is in nobody's name").isEmpty();
            assertThat(central.value("sales_order", order, "status")).isEqualTo(OrderStatus.ANNULEE.name());
            assertThat(central.dsl().fetch("SELECT DISTINCT changed_by, sent_by FROM central_change WHERE order_id = ?"
                    + " AND changed_by = ?", order, TimerActor.LOGIN))
                    .as("the timer's name, and who sent it").singleElement()
                    .satisfies(r -> assertThat(r.get(1, String.class)).isEqualTo(bruno));
            assertThat(lyon.syncOnce().refusals()).as("Alice's earlier confirmation wins").isEmpty();
        } else {
            lyon.syncOnce();
            assertThat(paris.syncOnce().refusals()).singleElement().asString()
                    .contains("non appliquée").contains(alice + " a passé la commande à « déstockage »");
        }
        paris.syncOnce();
        lyon.syncOnce();

        assertThat(central.value("sales_order", order, "status")).isEqualTo(OrderStatus.DESTOCKAGE.name());
        assertThat(liveApprovals(central.dsl(), order)).isZero();
        for (Desktop d : List.of(lyon, paris)) {
            assertThat(d.value("sales_order", order, "status")).as(d.site).isEqualTo(OrderStatus.DESTOCKAGE.name());
            assertThat(liveApprovals(d.dsl(), order)).as(d.site).isZero();
            assertThat(d.pending()).as(d.site).isZero();
        }
        if (first.equals("PARIS")) {
            assertThat(central.dsl().fetchCount(central.dsl().selectFrom("central_change")
                    .where("order_id = ? AND changed_by = ? AND sent_by = ?", order, TimerActor.BEATEN_LOGIN, alice)))
                    .as("taken back in the history's words, sent by Alice's push").isPositive();
        }
    }

    private DueTimers timers(Desktop d) {
        return new DueTimers(SiteWorkflow.repo(d), SiteWorkflow.of(d, clock),
                new TimerEngine(SiteWorkflow.PLAYBOOK, SiteWorkflow.CALENDAR), new JooqOpenOrders(d.dsl()), clock);
    }

    private static int liveApprovals(DSLContext dsl, UUID order) {
        return dsl.fetchCount(dsl.selectFrom("approval_request").where("order_id = ? AND deleted = false", order));
    }

    private static char[] password(String login) {
        return ("mot-de-passe-" + login).toCharArray();
    }
}

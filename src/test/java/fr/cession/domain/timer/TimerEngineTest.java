package fr.cession.domain.timer;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.LoadedPlaybook;
import fr.cession.domain.playbook.OrderEventNames;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.cession.domain.rules.TestOrders.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The timed outcomes of config/playbook-b2c.yaml (seed 001) at their edges, in Europe/Paris. */
class TimerEngineTest {

    private static final FrenchCalendar CALENDAR = new FrenchCalendar();
    private static final LoadedPlaybook PLAYBOOK = new PlaybookLoader(CALENDAR).load(Path.of("config/playbook-b2c.yaml"));
    private final TimerEngine engine = new TimerEngine(PLAYBOOK, CALENDAR);

    private static Change status(Instant at, String by, OrderStatus from, OrderStatus to) {
        ChangeKind kind = from == null ? ChangeKind.CREATION : ChangeKind.MODIFICATION;
        return new Change(UUID.randomUUID(), EntityKind.COMMANDE, TestOrders.ORDER_ID, TestOrders.ORDER_ID, kind, 0, 1,
                at, by, "LYON", List.of(new FieldChange("status", from == null ? null : from.name(), to.name())));
    }

    private static OrderFile file(OrderStatus status) {
        return OrderFile.of(TestOrders.order(fr.cession.domain.order.PaymentMethod.VIR).withStatus(status));
    }

    private List<ArmedTimer> armed(OrderStatus status, List<Change> history, OrderEvent... others) {
        return engine.armed(file(status), history, List.of(others));
    }

    // 001:15 « vous avez 48 h pour la valider » — 48 elapsed hours across the change to summer time (29/03/2026)
    @Test
    void the_reservation_timer_falls_due_48_real_hours_after_creation_across_the_dst_change() {
        Instant created = at("2026-03-28T14:00");
        List<ArmedTimer> timers = armed(OrderStatus.RESERVEE, List.of(status(created, "jdupont", null, OrderStatus.RESERVEE)));

        ArmedTimer t = timers.stream().filter(x -> x.definition().code().equals("reservation_non_validee")).findFirst()
                .orElseThrow();
        assertThat(t.dueAt()).isEqualTo(created.plus(Duration.ofHours(48))).isEqualTo(at("2026-03-30T15:00"));
        assertThat(t.isDue(created.plus(Duration.ofHours(47).plusMinutes(59)))).isFalse();
        assertThat(t.isDue(created.plus(Duration.ofHours(48)))).isTrue();
        assertThat(t.historyText(TestOrders.PARIS))
                .isEqualTo("annulée automatiquement : 48 h sans validation (échéance du 30/03/2026 à 15:00)");
    }

    // 001:21 « si vous ne validez pas votre commande dans un délai de 48 h » — validated at 47:59, the timer is void
    @Test
    void confirming_at_47_59_voids_the_reservation_timer_and_at_48_00_it_is_too_late() {
        Instant created = at("2026-03-28T14:00");
        Change creation = status(created, "jdupont", null, OrderStatus.RESERVEE);
        Change early = status(created.plus(Duration.ofHours(47).plusMinutes(59)), "jdupont", OrderStatus.RESERVEE,
                OrderStatus.DESTOCKAGE);
        Change late = status(created.plus(Duration.ofHours(48)), "jdupont", OrderStatus.RESERVEE, OrderStatus.DESTOCKAGE);

        assertThat(armed(OrderStatus.DESTOCKAGE, List.of(creation, early))).isEmpty();
        assertThat(armed(OrderStatus.DESTOCKAGE, List.of(creation, late))).extracting(t -> t.definition().code())
                .containsExactly("reservation_non_validee");
    }

    @Test
    void a_fired_timer_is_not_armed_again() {
        Instant created = at("2026-03-02T09:00");
        Change creation = status(created, "jdupont", null, OrderStatus.RESERVEE);
        Change fired = status(created.plus(Duration.ofHours(48)), TimerActor.LOGIN, OrderStatus.RESERVEE,
                OrderStatus.DESTOCKAGE);
        assertThat(armed(OrderStatus.DESTOCKAGE, List.of(creation, fired))).isEmpty();
    }

    // 001:33 « dans les 7 jours qui suivent la livraison, la commande sera terminée automatiquement »: 7 days keep 10:00 local
    @Test
    void the_closing_timer_runs_seven_calendar_days_from_the_sale_keeping_the_local_time() {
        Instant sold = at("2026-03-25T10:00");
        List<ArmedTimer> timers = armed(OrderStatus.VENDUE, List.of(status(sold, "jdupont", OrderStatus.PAIEMENT_VERIFIE,
                OrderStatus.VENDUE)));
        assertThat(timers).singleElement().satisfies(t -> {
            assertThat(t.definition().code()).isEqualTo("vente_terminee_sans_reclamation");
            assertThat(t.dueAt()).isEqualTo(at("2026-04-01T10:00"));
            assertThat(Duration.between(sold, t.dueAt())).isEqualTo(Duration.ofDays(7).minusHours(1));
        });
    }

    // 001:35-42 « retouche » : a complaint opened voids the 7 days and starts the manager's 48 h; an answer voids those
    @Test
    void a_complaint_suspends_the_closing_and_escalates_when_left_unanswered_for_48_hours() {
        Instant sold = at("2026-03-02T10:00");
        List<Change> history = List.of(status(sold, "jdupont", OrderStatus.PAIEMENT_VERIFIE, OrderStatus.VENDUE));
        OrderEvent opened = new OrderEvent(OrderEventNames.COMPLAINT_OPENED, at("2026-03-05T16:30"));

        List<ArmedTimer> withComplaint = armed(OrderStatus.VENDUE, history, opened);
        assertThat(withComplaint).singleElement().satisfies(t -> {
            assertThat(t.definition().code()).isEqualTo("reclamation_sans_reponse");
            assertThat(t.dueAt()).isEqualTo(at("2026-03-07T16:30"));
        });
        OrderEvent answeredLate = new OrderEvent(OrderEventNames.COMPLAINT_ANSWERED, at("2026-03-07T16:30"));
        assertThat(armed(OrderStatus.VENDUE, history, opened, answeredLate)).hasSize(1);
        OrderEvent answered = new OrderEvent(OrderEventNames.COMPLAINT_ANSWERED, at("2026-03-07T16:29"));
        assertThat(armed(OrderStatus.VENDUE, history, opened, answered)).isEmpty();
    }

    @Test
    void working_days_skip_the_weekend_and_public_holidays() {
        LoadedPlaybook p = new PlaybookLoader(CALENDAR).load("delais.yaml", """
                activites:
                  - code: a
                    titre: A
                    declencheurs:
                      - evenement: creation
                    echeance: { depuis: reservation, jours: 1 }
                    lignes:
                      - { code: l, texte: L, source: "004:5" }
                delais:
                  - code: relance
                    titre: Relance
                    depuis: creation
                    jours_ouvres: 2
                    resultat: escalade_manager
                    historique: relance
                """);
        Instant thursday = at("2026-04-30T11:00"); // Friday 1 May is a public holiday
        List<ArmedTimer> timers = new TimerEngine(p, CALENDAR).armed(file(OrderStatus.RESERVEE),
                new ArrayList<>(List.of(status(thursday, "jdupont", null, OrderStatus.RESERVEE))), List.of());
        assertThat(timers).singleElement().extracting(ArmedTimer::dueAt).isEqualTo(at("2026-05-05T11:00"));
    }

    @Test
    void the_key_and_the_ids_it_gives_are_the_same_at_every_desktop() {
        Instant created = at("2026-03-02T09:00");
        ArmedTimer a = armed(OrderStatus.RESERVEE, List.of(status(created, "a", null, OrderStatus.RESERVEE))).get(0);
        ArmedTimer b = armed(OrderStatus.RESERVEE, List.of(status(created, "b", null, OrderStatus.RESERVEE))).get(0);
        assertThat(a.derivedId("op")).isEqualTo(b.derivedId("op")).isNotEqualTo(a.derivedId("row-0"));
    }

    // 001:35-42 « retouche » : the complaint recorded on the order file (not a test event) suspends the 7 days
    // and starts the manager's 48 h; its answer before the 48 h voids them; a return is no complaint
    @Test
    void the_complaints_of_the_order_file_drive_the_closing_and_escalation_timers() {
        Instant sold = at("2026-03-02T10:00");
        List<Change> history = List.of(status(sold, "jdupont", OrderStatus.PAIEMENT_VERIFIE, OrderStatus.VENDUE));
        fr.cession.domain.aftersale.AfterSaleCase complaint = fr.cession.domain.aftersale.AfterSaleCase.opened(
                UUID.randomUUID(), TestOrders.ORDER_ID, fr.cession.domain.aftersale.AfterSaleKind.RECLAMATION,
                java.time.LocalDate.of(2026, 3, 5), at("2026-03-05T16:30"), "jdupont", "Rayure sur la portière");
        OrderFile withComplaint = file(OrderStatus.VENDUE).withAfterSale(complaint);
        assertThat(engine.armed(withComplaint, history, List.of())).singleElement()
                .satisfies(t -> {
                    assertThat(t.definition().code()).isEqualTo("reclamation_sans_reponse");
                    assertThat(t.dueAt()).isEqualTo(at("2026-03-07T16:30"));
                });
        OrderFile answered = file(OrderStatus.VENDUE).withAfterSale(complaint.answered(
                fr.cession.domain.aftersale.AfterSaleStatus.ACCEPTEE, "jdupont", at("2026-03-06T09:00"), "Retouche", null));
        assertThat(engine.armed(answered, history, List.of())).isEmpty();

        fr.cession.domain.aftersale.AfterSaleCase aReturn = fr.cession.domain.aftersale.AfterSaleCase.opened(
                UUID.randomUUID(), TestOrders.ORDER_ID, fr.cession.domain.aftersale.AfterSaleKind.RETOUR,
                java.time.LocalDate.of(2026, 3, 5), at("2026-03-05T16:30"), "jdupont", "Ne convient pas");
        assertThat(engine.armed(file(OrderStatus.VENDUE).withAfterSale(aReturn), history, List.of())).singleElement()
                .satisfies(t -> assertThat(t.definition().code()).isEqualTo("vente_terminee_sans_reclamation"));
    }
}

package fr.cession.app;

import fr.cession.cli.OrderRejectedException;
import fr.cession.cli.imports.BackOfficeCsvReader;
import fr.cession.cli.imports.CsvRow;
import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.workflow.OrderWorkflow;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Imported rows go through the real workflow and keep their back-office number. */
class WorkflowStoreSessionTest {

    private static final Actor ACTOR = new Actor("c.martin", "Camille Martin", Role.COMMERCIAL, "PARIS");

    private final Map<UUID, OrderFile> files = new HashMap<>();
    private final OrderFileRepository repo = new OrderFileRepository() {
        private int next;

        @Override
        public Optional<OrderFile> load(UUID orderId) {
            return Optional.ofNullable(files.get(orderId));
        }

        @Override
        public Optional<OrderFile> loadByNumber(String number) {
            return files.values().stream().filter(f -> Objects.equals(f.order().number(), number)).findFirst();
        }

        @Override
        public OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at) {
            OrderFile saved = after;
            if (after.order().number() == null) {
                saved = after.withOrder(new fr.cession.domain.order.Order(after.order().id(), "PARIS-2025-" + (++next),
                        after.order().status(), after.order().reservedOn(), after.order().reservationFee(),
                        after.order().advisor(), after.order().owningSite(), after.order().customer(),
                        after.order().vehicle(), after.order().handoverMode(), after.order().handoverAt(),
                        after.order().paymentMethod(), after.order().financing(), null, null, null,
                        new RowMeta(1, at, actor.login(), actor.site(), false)));
            }
            files.put(saved.orderId(), saved);
            return saved;
        }

        @Override
        public List<Change> history(UUID orderId) {
            return List.of();
        }
    };

    @Test
    void createsThroughTheWorkflowAndReportsItsRefusals() throws Exception {
        FrenchCalendar calendar = new FrenchCalendar();
        Playbook playbook = new PlaybookLoader(calendar).load(Path.of("config/playbook-b2c.yaml"));
        Clock clock = Clock.fixed(Instant.parse("2025-03-05T09:00:00Z"), ZoneId.of("Europe/Paris"));
        OrderWorkflow workflow = new OrderWorkflow(repo, playbook, clock, UUID::randomUUID, calendar);
        WorkflowStoreSession session = new WorkflowStoreSession(Path.of("memoire"), repo, workflow,
                (f, a, at) -> { }, files::size, ACTOR, clock, () -> { });
        String csv = """
                numero;date_reservation;frais_reservation;prenom;nom;email;telephone;vin;immatriculation;marque;modele;prix;paiement;remise;date_cession
                BO-1;03/03/2025;250;Léa;Dubois;lea.dubois@exemple.fr;06 12 34 56 78;VF1RJA00067012345;GH-412-KL;Renault;Clio;15 990;VIR;CESSION;14/03/2025 10:00
                BO-2;03/03/2025;250;Jules;Morin;jules@exemple.fr;06 12 34 56 78;VF1RJA0006701;GH-412-KL;Renault;Clio;15 990;VIR;CESSION;
                """;
        List<CsvRow> rows = new BackOfficeCsvReader(UUID::randomUUID).read(new StringReader(csv), "PARIS", "c.martin");

        OrderFile created = session.create(rows.get(0).draft());
        assertThat(created.order().number()).isEqualTo("BO-1");
        assertThat(created.activities()).isNotEmpty();
        assertThat(session.orderExists("BO-1")).isTrue();

        OrderRejectedException e = catchThrowableOfType(OrderRejectedException.class,
                () -> session.create(rows.get(1).draft()));
        assertThat(e.reasons()).anySatisfy(r -> assertThat(r.field()).contains("vin"));
    }
}

package fr.cession.app;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.ui.OrderActions;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.wiring.DesktopDependencies;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole graph the desktop runs on, built from the real {@code config/} over a fresh H2 file. */
class AppModuleTest {

    private final Path data = AppTestFolders.freshDataFolder();
    private final AppModule module = new AppModule();
    private final FrenchCalendar calendar = new FrenchCalendar();
    private static final SignedIn STATION = new SignedIn(new Actor("c.martin", "Camille Martin",
            fr.cession.domain.user.Role.COMMERCIAL, "PARIS"), null);

    @Test
    void theDesktopGraphCreatesAnOrderAndTakesItThroughTheWorkflow() {
        AppConfig config = new AppConfigLoader(AppTestFolders.properties(data), () -> data.resolve("unused")).load();
        Playbook playbook = module.loadPlaybook(config.playbookFile(), calendar);
        try (DesktopSession session = module.openDesktop(config, STATION, playbook, AppTestFolders.CLOCK, calendar)) {
            DesktopDependencies deps = session.dependencies();
            assertThat(session.store().file()).isEqualTo(data.resolve("cession.mv.db"));
            assertThat(deps.sync().current()).isEqualTo(SyncStatus.State.LOCAL_ONLY);
            assertThat(deps.demoData().applies()).as("empty database, no central: demo offered").isTrue();
            assertThat(deps.board().isEmpty()).isTrue();

            Actor me = deps.actor();
            OrderActions actions = deps.actions();
            OrderFile created = actions.create(TestOrders.order(PaymentMethod.VIR), me);
            UUID id = created.orderId();
            assertThat(created.order().number()).startsWith("PARIS-2026-");
            assertThat(deps.board().isEmpty()).isFalse();
            assertThat(deps.demoData().applies()).as("not offered once the database holds orders").isFalse();

            // 004:26 the hand-over date is needed before organising; refusals come back as the rules wrote them
            List<OrderStatus> reached = new ArrayList<>();
            for (int step = 0; step < 6 && !status(deps, id).terminal(); step++) {
                satisfy(deps, id, me);
                if (!actions.blockers(id).isEmpty()) {
                    break;
                }
                actions.advance(id, me);
                reached.add(status(deps, id));
            }
            assertThat(reached).as("blockers: %s", actions.blockers(id)).containsExactly(OrderStatus.DESTOCKAGE, OrderStatus.ORGANISEE, OrderStatus.PAIEMENT_VERIFIE,
                    OrderStatus.VENDUE, OrderStatus.CLOTUREE);
            assertThat(deps.orders().history(id)).isNotEmpty();
        }
    }

    @Test
    void aRefusalKeepsTheRulesOwnMessages() {
        AppConfig config = new AppConfigLoader(AppTestFolders.properties(data), () -> data.resolve("unused")).load();
        Playbook playbook = module.loadPlaybook(config.playbookFile(), calendar);
        try (DesktopSession session = module.openDesktop(config, STATION, playbook, AppTestFolders.CLOCK, calendar)) {
            DesktopDependencies deps = session.dependencies();
            UUID id = deps.actions().create(TestOrders.order(PaymentMethod.VIR), deps.actor()).orderId();
            deps.actions().advance(id, deps.actor());
            List<String> blockers = deps.actions().blockers(id);
            assertThat(blockers).isNotEmpty();
            assertThatThrownBy(() -> deps.actions().advance(id, deps.actor()))
                    .hasMessage(String.join("\n", blockers));
        }
    }

    private static OrderStatus status(DesktopDependencies deps, UUID id) {
        return deps.orders().load(id).orElseThrow().order().status();
    }

    /** Does what the users would: ticks every open line, files every paper, sets the date, pays. */
    private static void satisfy(DesktopDependencies deps, UUID id, Actor me) {
        OrderActions actions = deps.actions();
        OrderFile file = deps.orders().load(id).orElseThrow();
        if (file.order().handoverAt() == null) {
            actions.setHandoverDate(id, LocalDateTime.parse("2026-04-14T10:00"), me);
        }
        for (Activity a : file.activities()) {
            if (a.isOpen()) {
                for (ChecklistItem item : file.itemsOf(a.id())) {
                    if (!item.checked()) {
                        actions.tick(id, item.id(), me);
                    }
                }
            }
        }
        OrderStatus status = file.order().status();
        List<DocumentType> papers = status == OrderStatus.ORGANISEE ? List.of(DocumentType.RAPPORT_CT)
                : status == OrderStatus.PAIEMENT_VERIFIE
                ? List.of(DocumentType.BON_DE_REMISE, DocumentType.CERFA_CESSION, DocumentType.CG_BARREE) : List.of();
        for (DocumentType type : papers) {
            actions.markDocumentReceived(id, type, LocalDate.parse("2026-03-25"), me);
        }
        for (OrderDocument d : deps.orders().load(id).orElseThrow().documents()) {
            if (d.status() == DocumentStatus.MANQUANT) {
                actions.markDocumentReceived(id, d.type(), LocalDate.parse("2026-03-20"), me);
            }
            if (d.status() != DocumentStatus.VALIDE) {
                actions.validateDocument(id, d.type(), me);
            }
        }
        OrderFile now = deps.orders().load(id).orElseThrow();
        if (now.order().status() == OrderStatus.ORGANISEE && now.payments().stream()
                .noneMatch(p -> p.kind() == PaymentKind.SOLDE)) {
            actions.recordPayment(id, PaymentKind.SOLDE, now.order().paymentMethod(), new BigDecimal("14500.00"), true,
                    null, me);
        }
    }
}

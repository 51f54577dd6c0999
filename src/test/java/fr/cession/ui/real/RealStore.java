package fr.cession.ui.real;

import fr.cession.app.WorkflowOrderActions;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.workflow.OrderWorkflow;
import fr.cession.store.LocalDatabase;
import fr.cession.store.board.JooqAgendaQueries;
import fr.cession.store.board.JooqBoardQueries;
import fr.cession.store.board.JooqDashboardQueries;
import fr.cession.store.dossier.JooqApprovalQueries;
import fr.cession.store.dossier.JooqOrderFileRepository;
import fr.cession.ui.fakes.TestUi;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The desktop's real collaborators on an H2 file under the build folder: store, playbook
 * {@code config/playbook-b2c.yaml}, workflow, board queries and the screens' actions over them.
 */
public final class RealStore implements AutoCloseable {

    public final LocalDatabase db;
    public final JooqOrderFileRepository repo;
    public final Playbook playbook;
    public final OrderWorkflow workflow;
    public final JooqBoardQueries board;
    /** The board with the red flags of 003:9, as the desktop's own store gives it. */
    public final fr.cession.domain.board.BoardQueries flaggedBoard;
    public final WorkflowOrderActions actions;
    public final JooqApprovalQueries approvals;
    public final JooqAgendaQueries agenda;
    public final JooqDashboardQueries dashboard;
    public final Clock clock;

    public RealStore(Clock clock) {
        this.clock = clock;
        Path file = Path.of(System.getProperty("cession.test.dir", "target/test-work")).resolve("ui")
                .resolve(UUID.randomUUID() + ".mv.db").toAbsolutePath();
        db = LocalDatabase.open(file);
        repo = new JooqOrderFileRepository(db.dsl(), UUID::randomUUID);
        FrenchCalendar calendar = new FrenchCalendar();
        playbook = new PlaybookLoader(calendar).load(Path.of("config/playbook-b2c.yaml"));
        workflow = new OrderWorkflow(repo, playbook, clock, UUID::randomUUID, calendar);
        board = new JooqBoardQueries(db.dsl());
        flaggedBoard = new fr.cession.domain.board.RedFlaggedBoard(board,
                new fr.cession.store.board.JooqRedFlags(db.dsl(), repo, playbook.fraudSettings()));
        actions = new WorkflowOrderActions(workflow, clock).withCustomerAccounts(
                fr.cession.app.WorkflowCustomerAccounts.of(db.dsl(), repo, playbook, clock, UUID::randomUUID,
                        fr.cession.domain.account.CustomerAccountSettings.SEED_000));
        approvals = new JooqApprovalQueries(db.dsl());
        agenda = new JooqAgendaQueries(db.dsl());
        dashboard = new JooqDashboardQueries(db.dsl());
    }

    public RealStore() {
        this(TestUi.CLOCK);
    }

    /** A valid private buyer's draft reserved {@code daysAgo} days before the clock's day. */
    public Order draft(String last, String plate, String vin, int daysAgo, PaymentMethod method) {
        Customer c = new Customer(CustomerKind.PARTICULIER, "Jean", last, null, null, "jean@example.fr",
                "0612345678", "1 rue de la Paix, Lyon", CgHolding.TITULAIRE, null, null);
        Vehicle v = new Vehicle(vin, plate, "Peugeot", "308", LocalDate.of(2021, 5, 1), null, null, 42000,
                new BigDecimal("18990"), false, null);
        Financing financing = method == PaymentMethod.CRD
                ? new Financing(new BigDecimal("3990"), new BigDecimal("15000"), java.util.Set.of(),
                fr.cession.domain.order.Lender.COFIDIS) : Financing.NONE;
        return new Order(UUID.randomUUID(), null, OrderStatus.RESERVEE, LocalDate.now(clock).minusDays(daysAgo),
                new BigDecimal("500"), TestUi.ACTOR.login(), TestUi.ACTOR.site(), c, v, HandoverMode.CESSION, null,
                method, financing, null, null, null, RowMeta.NEW);
    }

    public OrderFile order(String last, String plate, String vin, int daysAgo, Actor actor) {
        return workflow.create(draft(last, plate, vin, daysAgo, PaymentMethod.VIR), actor);
    }

    @Override
    public void close() {
        db.close();
    }
}

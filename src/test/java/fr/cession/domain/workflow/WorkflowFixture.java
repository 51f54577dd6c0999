package fr.cession.domain.workflow;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** A workflow over an in-memory repository, a test clock and predictable ids. */
final class WorkflowFixture {

    static final Actor COMMERCIAL = new Actor("jdupont", "Jeanne Dupont", Role.COMMERCIAL, "LYON");
    static final Actor ADV = new Actor("adv", "Ali Dev", Role.ADV, "LYON");
    static final Actor MANAGER = new Actor("mgr", "Marc Manager", Role.MANAGER, "LYON");

    final InMemoryOrderFiles repo = new InMemoryOrderFiles();
    final MutableClock clock = new MutableClock(TestOrders.at("2026-04-01T10:00"), TestOrders.PARIS);
    private final AtomicLong next = new AtomicLong(100);
    final OrderWorkflow workflow;

    WorkflowFixture() {
        this(new FakePlaybook());
    }

    WorkflowFixture(Playbook playbook) {
        workflow = new OrderWorkflow(repo, playbook, clock, () -> new UUID(0, next.incrementAndGet()),
                new FrenchCalendar());
    }

    void now(String localDateTime) {
        clock.set(TestOrders.at(localDateTime));
    }

    OrderFile create(Order draft) {
        return workflow.create(draft, COMMERCIAL);
    }

    OrderFile file() {
        return repo.load(TestOrders.ORDER_ID).orElseThrow();
    }

    UUID id() {
        return TestOrders.ORDER_ID;
    }

    /** Every document the order requires received (issued on the given day) and validated. */
    OrderFile allDocumentsValid(LocalDate issuedOn) {
        for (var doc : file().documents()) {
            DocumentType t = doc.type();
            workflow.markDocumentReceived(id(), t, issuedOn, t == DocumentType.RIB ? "FR7630006000011234567890189"
                    : null, ADV);
            workflow.validateDocument(id(), t, ADV);
        }
        return file();
    }

    /** Ticks every line of the activity of this type and marks it done. */
    OrderFile finish(String typeCode) {
        var activity = file().activity(typeCode).orElseThrow();
        var items = file().itemsOf(activity.id());
        for (var item : items) {
            workflow.tick(id(), item.id(), COMMERCIAL);
        }
        // ticking the last line closes the activity; one without lines is closed by hand
        return items.isEmpty() ? workflow.completeActivity(id(), activity.id(), COMMERCIAL) : file();
    }
}

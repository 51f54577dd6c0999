package fr.cession.ui.fakes;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.ActivityKind;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import fr.cession.ui.OrderActions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A small stand-in for the order workflow: one activity per stage with a short checklist, the
 * next stage refused while a checklist is open, without a hand-over date, or without funds.
 */
public final class FakeWorkflow implements OrderActions {

    private final InMemoryStore store;
    private final Clock clock;
    private final ZoneId zone;

    public FakeWorkflow(InMemoryStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public OrderFile create(Order draft, Actor actor) {
        OrderFile f = OrderFile.of(draft);
        f = plan(f, draft.status());
        for (DocumentType t : List.of(DocumentType.CNI, DocumentType.JUSTIFICATIF_DOMICILE, DocumentType.PERMIS)) {
            f = f.withDocument(OrderDocument.missing(UUID.randomUUID(), draft.id(), t));
        }
        return store.save(null, f, actor, clock.instant());
    }

    @Override
    public OrderFile advance(UUID orderId, Actor actor) {
        List<String> why = blockers(orderId);
        if (!why.isEmpty()) {
            throw new IllegalStateException(String.join("\n", why));
        }
        return change(orderId, actor, f -> {
            OrderStatus next = f.order().status().next();
            return plan(f.withOrder(f.order().withStatus(next)), next);
        });
    }

    @Override
    public List<String> blockers(UUID orderId) {
        return blockers(file(orderId));
    }

    @Override
    public List<String> blockers(OrderFile f) {
        List<String> out = new ArrayList<>();
        for (Activity a : f.activities()) {
            if (a.isOpen()) {
                List<ChecklistItem> items = f.itemsOf(a.id());
                long done = items.stream().filter(ChecklistItem::checked).count();
                if (done < items.size()) {
                    out.add("Checklist « " + a.title() + " » incomplète (" + done + "/" + items.size() + ")");
                }
            }
        }
        OrderStatus next = f.order().status().next();
        if (next == OrderStatus.ORGANISEE && f.order().handoverAt() == null) {
            out.add("Date de cession non renseignée");
        }
        if (next == OrderStatus.PAIEMENT_VERIFIE && f.payments().stream()
                .noneMatch(p -> p.isReceived() && p.kind() != PaymentKind.FRAIS_RESERVATION)) {
            out.add("Fonds non reçus 48 h avant le RDV");
        }
        return out;
    }

    @Override
    public OrderFile setHandoverDate(UUID orderId, LocalDateTime at, Actor actor) {
        return change(orderId, actor, f -> f.withOrder(f.order().withHandoverAt(at)));
    }

    @Override
    public OrderFile tick(UUID orderId, UUID itemId, Actor actor) {
        return ticking(itemId, actor, true);
    }

    @Override
    public OrderFile untick(UUID orderId, UUID itemId, Actor actor) {
        return ticking(itemId, actor, false);
    }

    @Override
    public OrderFile recordPayment(UUID orderId, PaymentKind kind, PaymentMethod method, BigDecimal amount,
                                   boolean received, String payerName, Actor actor) {
        Instant now = clock.instant();
        return change(orderId, actor, f -> f.withPayment(new Payment(UUID.randomUUID(), orderId, kind, method, amount,
                now, received ? now : null, null, actor.login(), received ? actor.login() : null, null, null, payerName,
                RowMeta.NEW)));
    }

    @Override
    public OrderFile confirmPaymentReceived(UUID orderId, UUID paymentId, Actor actor) {
        return change(orderId, actor, f -> {
            Payment p = f.payments().stream().filter(x -> x.id().equals(paymentId)).findFirst().orElseThrow();
            return f.withPayment(new Payment(p.id(), p.orderId(), p.kind(), p.method(), p.amount(), p.orderedAt(),
                    clock.instant(), p.reference(), p.meta()));
        });
    }

    @Override
    public OrderFile completeActivity(UUID orderId, UUID activityId, Actor actor) {
        return change(orderId, actor, f -> f.withActivity(f.activities().stream().filter(a -> a.id().equals(activityId))
                .findFirst().orElseThrow().done(actor.login(), clock.instant())));
    }

    @Override
    public OrderFile requestApproval(UUID orderId, ApprovalKind kind, BigDecimal amount, String detail, Actor actor) {
        return change(orderId, actor, f -> f.withApproval(new ApprovalRequest(UUID.randomUUID(), orderId, kind,
                ApprovalStatus.DEMANDEE, actor.login(), clock.instant(), null, null, amount, detail, RowMeta.NEW)));
    }

    @Override
    public OrderFile decideApproval(UUID orderId, UUID approvalId, boolean approve, Actor actor) {
        if (actor.role() != Role.MANAGER) {
            throw new IllegalStateException("Seul un manager peut décider");
        }
        return change(orderId, actor, f -> f.withApproval(f.approvals().stream().filter(a -> a.id().equals(approvalId))
                .findFirst().orElseThrow().decide(approve, actor.login(), clock.instant())));
    }

    @Override
    public OrderFile withdrawApproval(UUID orderId, UUID approvalId, Actor actor) {
        return change(orderId, actor, f -> f.withApproval(f.approvals().stream().filter(x -> x.id().equals(approvalId))
                .findFirst().orElseThrow().withdraw(actor.login(), clock.instant(),
                        fr.cession.domain.approval.WithdrawalReason.PAR_LE_DEMANDEUR)));
    }

    @Override
    public OrderFile markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, Actor actor) {
        return change(orderId, actor, f -> f.withDocument(f.document(type).orElseThrow().received(issuedOn,
                clock.instant(), null)));
    }

    @Override
    public OrderFile markDocumentReceived(UUID orderId, DocumentType type, LocalDate issuedOn, String reference,
                                          Actor actor) {
        return change(orderId, actor, f -> f.withDocument(f.document(type).orElseThrow().received(issuedOn,
                clock.instant(), reference)));
    }

    @Override
    public OrderFile validateDocument(UUID orderId, DocumentType type, Actor actor) {
        return change(orderId, actor, f -> f.withDocument(f.document(type).orElseThrow().validated(actor.login(),
                clock.instant())));
    }

    @Override
    public OrderFile refuseDocument(UUID orderId, DocumentType type, String reason, Actor actor) {
        return change(orderId, actor, f -> f.withDocument(f.document(type).orElseThrow().refused(actor.login(),
                clock.instant(), reason)));
    }

    @Override
    public OrderFile cancel(UUID orderId, CancellationCase c, String reason, Actor actor) {
        return change(orderId, actor, f -> {
            OrderFile out = f.withOrder(f.order().withCancellation(new Cancellation(c, reason, clock.instant(),
                    f.order().status())));
            for (Activity a : f.activities()) {
                if (a.isOpen()) {
                    out = out.withActivity(a.cancelled());
                }
            }
            return out;
        });
    }

    private OrderFile ticking(UUID itemId, Actor actor, boolean on) {
        UUID orderId = findOrderOfItem(itemId);
        return change(orderId, actor, file -> {
            ChecklistItem item = file.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
            OrderFile out = file.withItem(on ? item.tick(actor.login(), clock.instant()) : item.untick());
            Activity a = out.activities().stream().filter(x -> x.id().equals(item.activityId())).findFirst()
                    .orElseThrow();
            boolean all = out.itemsOf(a.id()).stream().allMatch(ChecklistItem::checked);
            if (all && a.isOpen()) {
                out = out.withActivity(a.done(actor.login(), clock.instant()));
            } else if (!all && a.state() == ActivityState.FAITE) {
                out = out.withActivity(a.reopen());
            }
            return out;
        });
    }

    private UUID findOrderOfItem(UUID itemId) {
        return store.allFiles().stream().filter(f -> f.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .findFirst().orElseThrow().orderId();
    }

    private OrderFile file(UUID orderId) {
        return store.load(orderId).orElseThrow();
    }

    private OrderFile change(UUID orderId, Actor actor, UnaryOperator<OrderFile> how) {
        OrderFile before = file(orderId);
        return store.save(before, how.apply(before), actor, clock.instant());
    }

    private OrderFile plan(OrderFile f, OrderStatus status) {
        String[] stage = switch (status) {
            case RESERVEE -> new String[]{"reservation_b2c", "À la réservation B2C", "COMMERCIAL",
                    "Confirmer le moyen de paiement", "Documents pour la CG", "Reparler de l'extension de garantie"};
            case DESTOCKAGE -> new String[]{"destockage_b2c", "Demande de déstockage B2C", "ADV",
                    "Mail à l'ADV pour déblocage du véhicule", "Demande de travaux"};
            case ORGANISEE -> new String[]{"verification_documents_b2c", "Vérification des documents B2C",
                    "COMMERCIAL", "Vérification des documents reçus", "Futur titulaire présent"};
            case PAIEMENT_VERIFIE -> new String[]{"controle_ct_b2c", "Contrôle CT et révision B2C", "ADV",
                    "CT reçu et mis dans le BO"};
            case VENDUE -> new String[]{"passage_vendu_b2c", "Passage du VH en vendu et P2P B2C", "COMMERCIAL",
                    "Passer en vendu + P2P"};
            default -> null;
        };
        if (stage == null) {
            return f;
        }
        Order o = f.order();
        Instant due = o.reservedOn().plusDays(status.ordinal() + 1L).atTime(LocalTime.of(18, 0)).atZone(zone)
                .toInstant();
        UUID activityId = UUID.randomUUID();
        Role role = Role.valueOf(stage[2]);
        OrderFile out = f.withActivity(new Activity(activityId, o.id(), stage[0], stage[1], role,
                role == Role.COMMERCIAL ? o.advisor() : null, due, ActivityState.OUVERTE, null, null, null,
                RowMeta.NEW));
        for (int i = 3; i < stage.length; i++) {
            out = out.withItem(new ChecklistItem(UUID.randomUUID(), activityId, o.id(), stage[0] + "_" + i,
                    stage[i], "004:" + (5 + i), i, false, null, null, RowMeta.NEW));
        }
        return out;
    }

    // ---- in-place forms: the real rules are the workflow's (tested in domain.workflow); here the edits only

    @Override
    public OrderFile editCustomer(UUID orderId, Customer customer, Actor actor) {
        return change(orderId, actor, f -> f.withOrder(f.order().withCustomer(customer)));
    }

    @Override
    public OrderFile editVehicle(UUID orderId, Vehicle vehicle, Actor actor) {
        return change(orderId, actor, f -> f.withOrder(f.order().withVehicle(vehicle)));
    }

    /** Beyond 15 days after the reservation, a request to the manager, as the workflow does (004:26). */
    @Override
    public OrderFile editHandover(UUID orderId, LocalDateTime at, HandoverMode mode, Actor actor) {
        return change(orderId, actor, f -> {
            OrderFile out = f.withOrder(f.order().withHandoverAt(at).withHandoverMode(mode));
            if (at != null && at.toLocalDate().isAfter(f.order().reservedOn().plusDays(15))) {
                out = out.withApproval(new ApprovalRequest(UUID.randomUUID(), orderId,
                        ApprovalKind.DATE_CESSION_HORS_DELAI, ApprovalStatus.DEMANDEE, actor.login(), clock.instant(),
                        null, null, null, "Date de cession " + at, RowMeta.NEW));
            }
            return out;
        });
    }

    @Override
    public OrderFile refuseApproval(UUID orderId, UUID approvalId, String reason, Actor actor) {
        return change(orderId, actor, f -> f.withApproval(f.approvals().stream().filter(a -> a.id().equals(approvalId))
                .findFirst().orElseThrow().refuse(actor.login(), clock.instant(), reason)));
    }

    @Override
    public OrderFile recordVehicleReceived(UUID orderId, java.time.LocalDate receivedOn, Actor actor) {
        return change(orderId, actor, f -> f.withOrder(f.order().withVehicleReceivedOn(receivedOn)));
    }

    @Override
    public OrderFile reassign(UUID orderId, String advisor, Actor actor) {
        return change(orderId, actor, f -> f.withOrder(f.order().withAdvisor(advisor)));
    }

    @Override
    public OrderFile setInspector(UUID orderId, String inspector, Actor actor) {
        return change(orderId, actor, f -> f.withOrder(f.order().withInspector(inspector)));
    }

    @Override
    public OrderFile addActivity(UUID orderId, String typeCode, String title, Instant dueAt, String assignee,
                                 Actor actor) {
        return change(orderId, actor, f -> f.withActivity(new Activity(UUID.randomUUID(), orderId, typeCode,
                title, actor.role(), assignee, dueAt, ActivityState.OUVERTE, null, null, null, RowMeta.NEW)));
    }

    @Override
    public OrderFile moveActivityDue(UUID orderId, UUID activityId, Instant newDue, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(new FieldError("activity.reason",
                    "Motif : obligatoire pour déplacer une échéance"));
        }
        return change(orderId, actor, f -> f.withActivity(f.activities().stream()
                .filter(a -> a.id().equals(activityId)).findFirst().orElseThrow().withDueAt(newDue).withNote(reason)));
    }

    @Override
    public List<ActivityKind> activityKinds() {
        return List.of(new ActivityKind("reservation_b2c", "À la réservation B2C", Role.COMMERCIAL),
                new ActivityKind("destockage_b2c", "Demande de déstockage B2C", Role.ADV));
    }
}

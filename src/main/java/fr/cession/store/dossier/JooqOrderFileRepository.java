package fr.cession.store.dossier;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.dossier.ConcurrentChangeException;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileDiff;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.user.Actor;
import fr.cession.store.RowWriter;
import fr.cession.store.changelog.ChangeLog;
import fr.cession.store.changelog.ChangeLogWriter;
import fr.cession.store.changelog.Origin;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * Order files in the local H2 database. A save writes, in one transaction, exactly the rows the
 * domain diff names (optimistic locking on each row's version) and their audit/outbox entries.
 */
public final class JooqOrderFileRepository implements OrderFileRepository {

    private final DSLContext dsl;
    private final OrderFileDiff diff;
    private final RowWriter rows = new RowWriter();
    private final ChangeLogWriter logWriter = new ChangeLogWriter();
    private final ChangeLog log;
    private final OrderFileReader reader = new OrderFileReader();
    private final OrderNumberAllocator numbers = new OrderNumberAllocator();

    /** @param ids where the change log's operation ids come from ({@code UUID::randomUUID} in production) */
    public JooqOrderFileRepository(DSLContext dsl, Supplier<UUID> ids) {
        this.dsl = dsl;
        this.diff = new OrderFileDiff(ids);
        this.log = new ChangeLog(dsl);
    }

    @Override
    public Optional<OrderFile> load(UUID orderId) {
        return dsl.transactionResult(cfg -> reader.read(cfg.dsl(), orderId));
    }

    @Override
    public Optional<OrderFile> loadByNumber(String number) {
        return dsl.transactionResult(cfg -> reader.read(cfg.dsl(), SALES_ORDER.NUMBER.eq(number)));
    }

    @Override
    public OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at) {
        return dsl.transactionResult(cfg -> save(cfg.dsl(), before, after, actor, at));
    }

    @Override
    public OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at,
                          java.util.function.Function<Change, UUID> opIds) {
        return dsl.transactionResult(cfg -> save(cfg.dsl(), before, after, actor, at, opIds));
    }

    /** The same save in the caller's transaction (several files saved together). */
    public OrderFile save(DSLContext tx, OrderFile before, OrderFile after, Actor actor, Instant at) {
        return save(tx, before, after, actor, at, null);
    }

    private OrderFile save(DSLContext tx, OrderFile before, OrderFile after, Actor actor, Instant at,
                           java.util.function.Function<Change, UUID> opIds) {
        OrderFile target = before == null ? numbers.numbered(tx, after, actor.site()) : after;
        List<Change> changes = diff.changes(before, target, actor, at).stream().map(rows::normalize)
                .filter(c -> c.kind() != ChangeKind.MODIFICATION || !c.fields().isEmpty())
                .map(c -> opIds == null ? c : new Change(opIds.apply(c), c.entity(), c.entityId(), c.orderId(),
                        c.kind(), c.baseVersion(), c.newVersion(), c.at(), c.by(), c.site(), c.fields()))
                .toList();
        for (Change c : changes) {
            if (!rows.apply(tx, c)) {
                throw concurrentChange(tx, c, target);
            }
        }
        logWriter.writeAll(tx, changes, Origin.LOCAL, null);
        return reader.read(tx, target.orderId()).orElseThrow();
    }

    @Override
    public List<UUID> sameCustomer(UUID orderId) {
        return dsl.transactionResult(cfg -> {
            var o = cfg.dsl().select(SALES_ORDER.CUSTOMER_EMAIL, SALES_ORDER.CUSTOMER_PHONE).from(SALES_ORDER)
                    .where(SALES_ORDER.ID.eq(orderId)).fetchOne();
            if (o == null) {
                return List.<UUID>of();
            }
            org.jooq.Condition same = SALES_ORDER.ID.eq(orderId);
            String email = o.value1();
            String phone = o.value2();
            if (email != null && !email.isBlank()) {
                same = same.or(SALES_ORDER.CUSTOMER_EMAIL.eq(email));
            }
            if (phone != null && !phone.isBlank()) {
                same = same.or(SALES_ORDER.CUSTOMER_PHONE.eq(phone));
            }
            return cfg.dsl().select(SALES_ORDER.ID).from(SALES_ORDER).where(same).and(SALES_ORDER.DELETED.isFalse())
                    .orderBy(SALES_ORDER.RESERVED_ON.desc(), SALES_ORDER.NUMBER.desc()).limit(100)
                    .fetch(SALES_ORDER.ID);
        });
    }

    @Override
    public List<Change> history(UUID orderId) {
        return dsl.transactionResult(cfg -> log.history(cfg.dsl(), orderId));
    }

    private ConcurrentChangeException concurrentChange(DSLContext tx, Change c, OrderFile file) {
        Optional<Long> actual = rows.versionOf(tx, c.entity(), c.entityId());
        String now = actual.map(v -> "elle est maintenant en version " + v).orElse("elle n'existe plus");
        return new ConcurrentChangeException("Enregistrement annulé : " + label(c.entity()) + " de la commande "
                + file.order().number() + " a été modifié par quelqu'un d'autre depuis son ouverture (version "
                + c.baseVersion() + " attendue, " + now + "). Rechargez la commande puis refaites la modification.");
    }

    private static String label(EntityKind kind) {
        return switch (kind) {
            case COMMANDE -> "la fiche";
            case ACTIVITE -> "une activité";
            case LIGNE_CHECKLIST -> "une ligne de checklist";
            case DOCUMENT -> "un document";
            case PAIEMENT -> "un paiement";
            case APPROBATION -> "une demande d'approbation";
            case CONTACT -> "un compte rendu de contact";
            case ACCORD -> "les accords";
            case APRES_VENTE -> "un dossier après-vente";
        };
    }
}

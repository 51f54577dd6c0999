package fr.cession.store.board;

import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.risk.FraudAssessment;
import fr.cession.domain.risk.FraudSettings;
import fr.cession.domain.risk.FraudSignals;
import fr.cession.store.dossier.JooqSharedContacts;
import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * The red flags (003:9) of the orders whose keys have not left yet, for the board's badge: the
 * review is asked before the hand-over, so sold, closed and cancelled orders are not read. Each
 * order file is read and assessed as the workflow would; only those at the threshold are kept.
 */
public final class JooqRedFlags implements Supplier<Map<UUID, FraudAssessment>> {

    private static final List<String> BEFORE_HANDOVER = List.of(OrderStatus.RESERVEE.name(),
            OrderStatus.DESTOCKAGE.name(), OrderStatus.ORGANISEE.name(), OrderStatus.PAIEMENT_VERIFIE.name());

    private final DSLContext dsl;
    private final OrderFileRepository files;
    private final FraudSignals signals;

    public JooqRedFlags(DSLContext dsl, OrderFileRepository files, FraudSettings settings) {
        this.dsl = dsl;
        this.files = files;
        this.signals = new FraudSignals(settings, new JooqSharedContacts(dsl));
    }

    @Override
    public Map<UUID, FraudAssessment> get() {
        Map<UUID, FraudAssessment> out = new LinkedHashMap<>();
        List<UUID> live = dsl.select(SALES_ORDER.ID).from(SALES_ORDER).where(SALES_ORDER.DELETED.isFalse())
                .and(SALES_ORDER.STATUS.in(BEFORE_HANDOVER)).fetch(SALES_ORDER.ID);
        for (UUID id : live) {
            files.load(id).map(signals::assess).filter(FraudAssessment::needsReview).ifPresent(a -> out.put(id, a));
        }
        return out;
    }
}

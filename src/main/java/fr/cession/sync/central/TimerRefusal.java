package fr.cession.sync.central;

import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.timer.TimerActor;
import fr.cession.sync.protocol.OutgoingOp;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A timed outcome's status change that finds the order moved on: if a person moved it out of the
 * status the timer expected before the due instant (central V14, {@code timer_beaten_by}), the
 * person wins and the reason names them; the timer's change is refused whole.
 */
final class TimerRefusal {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TimerRefusal() {
    }

    static Optional<OpRefusedException> beaten(DSLContext tx, OutgoingOp op, FieldChange status) {
        if (!TimerActor.isTimer(op.changedBy()) || status.oldValue() == null) {
            return Optional.empty();
        }
        Record3<String, OffsetDateTime, String> by = tx.select(
                        DSL.field("changed_by", SQLDataType.VARCHAR),
                        DSL.field("changed_at", SQLDataType.TIMESTAMPWITHTIMEZONE),
                        DSL.field("new_status", SQLDataType.VARCHAR))
                .from(DSL.table("timer_beaten_by({0}, {1}, {2})", DSL.val(op.orderId()), DSL.val(status.oldValue()),
                        DSL.val(OpApplication.utc(op.changedAt()))))
                .fetchOne();
        if (by == null) {
            return Optional.empty();
        }
        return Optional.of(new OpRefusedException("échéance automatique du "
                + WHEN.format(op.changedAt().atZone(PARIS)) + " non appliquée (passage à « " + label(status.newValue())
                + " ») : " + by.value1() + " a passé la commande à « " + label(by.value3()) + " » le "
                + WHEN.format(by.value2().atZoneSameInstant(PARIS)) + ", avant l'échéance. Sa décision reste."));
    }

    private static String label(String status) {
        try {
            return OrderStatus.valueOf(status).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(status);
        }
    }
}

package fr.cession.domain.timer;

import fr.cession.domain.playbook.TimerDefinition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** A timed outcome running on an order: it fires at {@code dueAt} unless someone acts before. */
public record ArmedTimer(UUID orderId, String orderNumber, TimerDefinition definition, Instant startedAt,
                         Instant dueAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Names this outcome the same way at every desktop: order, timer and due instant. The ids of
     * what firing it writes derive from it, so two desktops firing it offline send the same
     * operations and the central database applies them once.
     */
    public String key() {
        return orderId + "|" + definition.code() + "|" + dueAt;
    }

    public UUID derivedId(String what) {
        return UUID.nameUUIDFromBytes((key() + "|" + what).getBytes(StandardCharsets.UTF_8));
    }

    public boolean isDue(Instant now) {
        return !now.isBefore(dueAt);
    }

    /** « annulée automatiquement : 48 h sans validation (échéance du 12/03/2026 à 14:00) ». */
    public String historyText(ZoneId zone) {
        var local = dueAt.atZone(zone);
        return definition.history() + " (échéance du " + DAY.format(local) + " à " + TIME.format(local) + ")";
    }
}

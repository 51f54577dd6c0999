package fr.cession.sync.protocol;

import java.time.Instant;
import java.util.UUID;

/** A same-field conflict waiting for a person: both values, both authors and sites. */
public record OpenConflict(UUID id, String entity, UUID entityId, UUID orderId, String field,
                           String keptValue, String keptBy, String keptSite, Instant keptAt,
                           String lostValue, String lostBy, String lostSite, Instant lostAt) {

    /** French, for a list of conflicts. */
    public String describe() {
        return "Champ « " + field + " » de " + entity + " : valeur retenue « " + keptValue + " » (" + keptBy
                + ", " + keptSite + ", " + keptAt + ") ; valeur écartée « " + lostValue + " » (" + lostBy + ", "
                + lostSite + ", " + lostAt + ").";
    }
}

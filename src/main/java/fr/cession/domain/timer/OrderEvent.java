package fr.cession.domain.timer;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to an order, named as the playbook names it ({@code statut_vendue}...). */
public record OrderEvent(String name, Instant at) {

    public OrderEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }
}

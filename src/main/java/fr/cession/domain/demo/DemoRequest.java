package fr.cession.domain.demo;

import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to generate.
 *
 * @param seed the same seed gives the same data set (numbers, names, plates, dates relative to "today")
 * @param orders how many orders, at most {@link DemoDataGenerator#MAX_ORDERS}
 * @param site the site that owns the orders
 * @param advisors logins of the sales advisors the orders are spread over
 */
public record DemoRequest(long seed, int orders, String site, List<String> advisors) {

    public static final long DEFAULT_SEED = 2024;
    public static final int DEFAULT_ORDERS = 500;
    /** Advisors the demo orders are spread over, besides the station's user when a sales advisor. */
    private static final List<String> DEMO_ADVISORS = List.of("j.dupont", "s.benali", "l.moreau");

    /** Orders of the station's site; its user gets a share of them when a sales advisor, so "Ma journée" is not empty. */
    public static DemoRequest forStation(long seed, int orders, Actor actor) {
        Set<String> logins = new LinkedHashSet<>();
        if (actor.role() == Role.COMMERCIAL) {
            logins.add(actor.login());
        }
        logins.addAll(DEMO_ADVISORS);
        return new DemoRequest(seed, orders, actor.site(), List.copyOf(logins));
    }

    public DemoRequest {
        if (orders < 0 || orders > DemoDataGenerator.MAX_ORDERS) {
            throw new IllegalArgumentException("nombre de commandes hors limites (0 à "
                    + DemoDataGenerator.MAX_ORDERS + ") : " + orders);
        }
        if (advisors == null || advisors.isEmpty()) {
            throw new IllegalArgumentException("au moins un commercial est nécessaire");
        }
        advisors = List.copyOf(advisors);
    }
}

package fr.cession.domain.demo;

import java.util.List;

/**
 * What to generate.
 *
 * @param seed the same seed gives the same data set (numbers, names, plates, dates relative to "today")
 * @param orders how many orders, at most {@link DemoDataGenerator#MAX_ORDERS}
 * @param site the site that owns the orders
 * @param advisors logins of the sales advisors the orders are spread over
 */
public record DemoRequest(long seed, int orders, String site, List<String> advisors) {

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

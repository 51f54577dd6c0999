package fr.cession.domain.risk;

import fr.cession.domain.order.Order;

import java.util.List;

/** Other orders carrying this order's phone or e-mail under another customer's name (their numbers). */
@FunctionalInterface
public interface SharedContacts {

    /** For a workflow without a store to look in (simulations, tests). */
    SharedContacts NONE = order -> List.of();

    List<String> otherNamesSameContact(Order order);
}

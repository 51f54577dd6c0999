package fr.cession.ui.board;

import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;

/**
 * What the board shows. Null means "any".
 *
 * @param search matched, ignoring case, spaces and dashes, against customer, plate, VIN and order number
 */
public record BoardFilter(String assignee, Role role, OrderStatus stage, DueWindow due, String search) {

    public static final BoardFilter ALL = new BoardFilter(null, null, null, DueWindow.TOUTES, "");
}

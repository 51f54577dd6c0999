package fr.cession.ui.board;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;

/**
 * What the board shows. Null means "any".
 *
 * @param mode   hand-over or delivery (« livraisons de la semaine »)
 * @param search matched, ignoring case, spaces and dashes, against customer, plate, VIN and order number
 */
public record BoardFilter(String assignee, Role role, OrderStatus stage, DueWindow due, String search,
                          HandoverMode mode) {

    public static final BoardFilter ALL = new BoardFilter(null, null, null, DueWindow.TOUTES, "", null);

    /** Any hand-over mode. */
    public BoardFilter(String assignee, Role role, OrderStatus stage, DueWindow due, String search) {
        this(assignee, role, stage, due, search, null);
    }
}

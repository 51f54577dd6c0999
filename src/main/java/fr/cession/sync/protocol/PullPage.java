package fr.cession.sync.protocol;

import java.util.List;

/**
 * One page of the central change feed: the changes, the current rows they touched, the cursor
 * after them, whether more pages follow, and whether changes exist beyond the horizon (committed
 * or not, held back until older transactions end).
 */
public record PullPage(List<RemoteChange> changes, List<RowImage> rows, Cursor next, boolean more,
                       boolean heldBack) {

    public PullPage {
        changes = List.copyOf(changes);
        rows = List.copyOf(rows);
    }
}

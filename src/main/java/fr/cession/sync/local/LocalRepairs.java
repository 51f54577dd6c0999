package fr.cession.sync.local;

import fr.cession.sync.protocol.RowImage;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The local side of what a push's outcomes ask for, each in its own local transaction. */
public final class LocalRepairs {

    private final DSLContext local;

    public LocalRepairs(DSLContext local) {
        this.local = local;
    }

    public DSLContext dsl() {
        return local;
    }

    /** The same order known centrally under another id: this desktop's copy becomes the central one. */
    public void rekey(UUID alias, UUID target, List<RowImage> targetFamily, Instant at) {
        local.transaction(cfg -> LocalFamily.rekey(cfg.dsl(), alias, target, targetFamily, at));
    }

    /** Rows whose creation the centre refused (and whose order is not kept "à corriger"): taken back out. */
    public void removeNeverCreated(Map<String, Set<UUID>> byTable) {
        if (byTable.isEmpty()) {
            return;
        }
        List<String> childrenFirst = new ArrayList<>(SyncedTables.ALL);
        Collections.reverse(childrenFirst);
        local.transaction(cfg -> {
            for (String table : childrenFirst) {
                Set<UUID> ids = byTable.get(table);
                if (ids != null) {
                    LocalFamily.deleteRows(cfg.dsl(), table, ids);
                }
            }
        });
    }
}

package fr.cession.sync;

import java.util.List;

/** What one sync did: push then pull. {@link #toString()} is the printable report. */
public record SyncReport(SyncStatus status, int pushed, int duplicates, List<String> refusals, int pulledChanges,
                         int pulledRows, boolean fullResync, long snapshotRows, int newConflicts, String error,
                         int mergedOrders, int blocked, int retries, long millis) {

    public SyncReport {
        refusals = List.copyOf(refusals);
    }

    static SyncReport failed(SyncStatus status, String error) {
        return new SyncReport(status, 0, 0, List.of(), 0, 0, false, 0, 0, error, 0, 0, 0, 0);
    }

    public boolean ok() {
        return error == null;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append("Synchronisation : ").append(status.label()).append('\n');
        if (error != null) {
            return s.append("Erreur : ").append(error).append('\n').toString();
        }
        s.append("  envoyées : ").append(pushed).append(" (dont ").append(duplicates)
                .append(" déjà reçues, acquittées sans être rejouées)\n");
        s.append("  refusées : ").append(refusals.size()).append('\n');
        refusals.forEach(r -> s.append("    - ").append(r).append('\n'));
        s.append("  reçues : ").append(pulledChanges).append(" modification(s), ").append(pulledRows)
                .append(" enregistrement(s)\n");
        if (fullResync) {
            s.append("  resynchronisation complète : ").append(snapshotRows).append(" enregistrement(s)\n");
        }
        s.append("  nouveaux conflits : ").append(newConflicts).append('\n');
        if (mergedOrders > 0) {
            s.append("  commandes réunies avec celles d'un autre site (même numéro, même client) : ").append(mergedOrders)
                    .append('\n');
        }
        if (blocked > 0) {
            s.append("  reçues mais bloquées sur ce poste : ").append(blocked).append(" (voir les refus)\n");
        }
        return s.toString();
    }
}

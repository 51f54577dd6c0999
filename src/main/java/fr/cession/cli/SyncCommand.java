package fr.cession.cli;

import fr.cession.sync.ConflictResolver;
import fr.cession.sync.OpenConflict;
import fr.cession.sync.RefusalLog;
import fr.cession.sync.SyncReport;
import fr.cession.sync.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code cession sync}: one synchronisation with the central database (push then pull) and its
 * report; {@code --statut} the state only; {@code --refus} the refused changes; {@code --conflits} lists the conflicts to resolve, {@code --resoudre ID --valeur V}
 * resolves one. Built by the composition root with the services (register an instance).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Synchronise ce poste avec la base centrale (envoi puis réception).")
public final class SyncCommand implements Callable<Integer> {

    private final SyncService sync;
    private final ConflictResolver conflicts;
    private final RefusalLog refusals;
    private final String user;
    private final String site;
    private final PrintStream out;

    @Option(names = "--statut", description = "Affiche l'état de la synchronisation sans synchroniser.")
    boolean statusOnly;

    @Option(names = "--conflits", description = "Liste les conflits à résoudre.")
    boolean listConflicts;

    @Option(names = "--refus", description = "Liste les modifications refusées par la base centrale, puis les marque lues.")
    boolean listRefusals;

    @Option(names = "--resoudre", paramLabel = "ID", description = "Résout le conflit ID (avec --valeur).")
    UUID resolve;

    @Option(names = "--valeur", paramLabel = "VALEUR", description = "Valeur retenue pour le conflit à résoudre.")
    String value;

    public SyncCommand(SyncService sync, ConflictResolver conflicts, RefusalLog refusals, String user, String site,
                       PrintStream out) {
        this.sync = sync;
        this.conflicts = conflicts;
        this.refusals = refusals;
        this.user = user;
        this.site = site;
        this.out = out;
    }

    @Override
    public Integer call() {
        if (resolve != null) {
            if (value == null) {
                out.println("--valeur est obligatoire avec --resoudre.");
                return 2;
            }
            conflicts.resolve(resolve, value, user, site);
            out.println("Conflit " + resolve + " résolu : « " + value + " » (sera envoyé à la prochaine synchronisation).");
            return 0;
        }
        if (listConflicts) {
            List<OpenConflict> open = conflicts.openConflicts();
            out.println(open.size() + " conflit(s) à résoudre");
            open.forEach(c -> out.println("  " + c.id() + "  " + c.describe()));
            return 0;
        }
        if (listRefusals) {
            List<RefusalLog.Refusal> unread = refusals.unread();
            out.println(unread.size() + " modification(s) refusée(s)");
            for (RefusalLog.Refusal r : unread) {
                out.println("  " + r.refusedAt() + "  " + r.changedBy() + "  " + r.reason());
                refusals.acknowledge(r.opId());
            }
            return 0;
        }
        if (statusOnly) {
            sync.refreshState();
            out.println(sync.state().current().summary());
            return 0;
        }
        SyncReport report = sync.runOnce();
        out.print(report);
        out.println(sync.state().current().summary());
        return report.ok() ? 0 : 1;
    }
}

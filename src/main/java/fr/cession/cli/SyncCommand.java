package fr.cession.cli;

import fr.cession.sync.ConflictChoiceRefusedException;
import fr.cession.sync.ConflictResolver;
import fr.cession.sync.RefusalLog;
import fr.cession.sync.SyncRepair;
import fr.cession.sync.SyncReport;
import fr.cession.sync.SyncService;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.sync.protocol.RefusedChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code cession sync}: one synchronisation with the central database (push then pull) and its
 * report; {@code --statut} the state only; {@code --refus} the refused changes; {@code --conflits} lists the conflicts to resolve, {@code --resoudre ID --valeur V}
 * resolves one. Built by the composition root; the local database is opened only when the
 * command runs, so other commands and the help never touch it.
 */
@Command(name = "sync",
        description = {"Synchronise ce poste avec la base centrale (envoi puis réception).",
                "Sans base centrale configurée (central.url), le poste fonctionne en local et le dit."})
public final class SyncCommand implements Callable<Integer> {

    /** What one run of the command works with, opened for it and closed after. */
    public interface Session extends AutoCloseable {
        SyncService service();

        ConflictResolver conflicts();

        RefusalLog refusals();

        /** Orders the central database refused to create, held on this desktop until fixed; none by default. */
        default Optional<SyncRepair> repairs() {
            return Optional.empty();
        }

        /** Login of the station's user, recorded as the author of a resolution. */
        String user();

        String site();

        /**
         * Creates or updates the central database's schema; false when no central database is
         * configured (nothing to install).
         */
        default boolean installCentralSchema() {
            return false;
        }

        @Override
        void close();
    }

    /** Opens the sync session on the configured local database, or on {@code base} when not null. */
    @FunctionalInterface
    public interface Opener {
        Session open(Path base);
    }

    private final Opener opener;
    private final PrintStream fixedOut;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--statut", description = "Affiche l'état de la synchronisation sans synchroniser.")
    boolean statusOnly;

    @Option(names = "--installer-central", description = "Crée ou met à jour le schéma de la base centrale "
            + "(une fois, par l'administrateur, avant la première synchronisation et à chaque nouvelle version).")
    boolean installCentral;

    @Option(names = "--conflits", description = "Liste les conflits à résoudre.")
    boolean listConflicts;

    @Option(names = "--refus", description = "Liste les modifications refusées par la base centrale, puis les marque lues.")
    boolean listRefusals;

    @Option(names = "--resoudre", paramLabel = "ID", description = "Résout le conflit ID (avec --valeur).")
    UUID resolve;

    @Option(names = "--valeur", paramLabel = "VALEUR", description = "Valeur retenue pour le conflit à résoudre.")
    String value;

    @Option(names = "--a-corriger", description = "Liste les commandes que la base centrale a refusé de créer "
            + "(rien n'en part tant qu'elles ne sont pas corrigées).")
    boolean listToFix;

    @Option(names = "--renumeroter", paramLabel = "ID", description = "Donne un autre numéro (avec --numero) à la commande "
            + "à corriger ID, puis la renvoie.")
    UUID renumber;

    @Option(names = "--numero", paramLabel = "NUMERO", description = "Nouveau numéro de la commande à renuméroter.")
    String number;

    @Option(names = "--renvoyer", paramLabel = "ID", description = "Renvoie telle quelle la commande à corriger ID "
            + "(une fois la cause du refus levée).")
    UUID resend;

    @Option(names = "--retirer", paramLabel = "ID", description = "Retire de ce poste la commande à corriger ID "
            + "(son historique reste) : rien n'en est envoyé.")
    UUID withdraw;

    @Option(names = "--base", paramLabel = "FICHIER",
            description = "Fichier de base H2 à synchroniser à la place de celui de la configuration.")
    Path base;

    /** The command line's constructor: the session is opened when the command runs. */
    public SyncCommand(Opener opener) {
        this.opener = opener;
        this.fixedOut = null;
    }

    /** Over services already open (tests), printing to {@code out}. */
    public SyncCommand(SyncService sync, ConflictResolver conflicts, RefusalLog refusals, String user, String site,
                       PrintStream out) {
        this(sync, conflicts, refusals, null, user, site, out);
    }

    /** The same, with the "à corriger" list of a desktop connected to a central database. */
    public SyncCommand(SyncService sync, ConflictResolver conflicts, RefusalLog refusals, SyncRepair repair,
                       String user, String site, PrintStream out) {
        Session session = new Session() {
            @Override
            public Optional<SyncRepair> repairs() {
                return Optional.ofNullable(repair);
            }

            @Override
            public SyncService service() {
                return sync;
            }

            @Override
            public ConflictResolver conflicts() {
                return conflicts;
            }

            @Override
            public RefusalLog refusals() {
                return refusals;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public String site() {
                return site;
            }

            @Override
            public void close() {
                // the caller owns the services
            }
        };
        this.opener = b -> session;
        this.fixedOut = out;
    }

    @Override
    public Integer call() {
        PrintWriter out = fixedOut != null ? new PrintWriter(into(fixedOut), true) : spec.commandLine().getOut();
        try (Session session = opener.open(base)) {
            return run(session, out);
        } finally {
            out.flush();
        }
    }

    /** Text straight into the stream, in the stream's own encoding. */
    private static Writer into(PrintStream stream) {
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        };
    }

    private int run(Session session, PrintWriter out) {
        if (installCentral) {
            try {
                if (!session.installCentralSchema()) {
                    out.println("Aucune base centrale configurée (central.url) : rien à installer.");
                    return CessionCommandLine.USAGE_ERROR;
                }
            } catch (CentralDatabase.InstallRefusedException e) {
                out.println(e.getMessage() + " Indiquez-le dans central.user et central.password, puis relancez.");
                return CessionCommandLine.BUSINESS_ERROR;
            }
            out.println("Schéma de la base centrale à jour.");
            return CessionCommandLine.OK;
        }
        ConflictResolver conflicts = session.conflicts();
        SyncService sync = session.service();
        if (resolve != null) {
            if (value == null) {
                out.println("--valeur est obligatoire avec --resoudre.");
                return CessionCommandLine.USAGE_ERROR;
            }
            try {
                conflicts.resolve(resolve, value, session.user(), session.site());
            } catch (IllegalArgumentException | IllegalStateException | ConflictChoiceRefusedException e) {
                // an expected refusal (unknown, already resolved, or a choice that would break the order): its reason, no trace
                out.println(e.getMessage());
                return CessionCommandLine.BUSINESS_ERROR;
            }
            out.println("Conflit " + resolve + " résolu : « " + value + " » (sera envoyé à la prochaine synchronisation).");
            return CessionCommandLine.OK;
        }
        if (listToFix || renumber != null || resend != null || withdraw != null) {
            return repair(session, out);
        }
        if (listConflicts) {
            List<OpenConflict> open = conflicts.openConflicts();
            out.println(open.size() + " conflit(s) à résoudre");
            open.forEach(c -> out.println("  " + c.id() + "  " + c.describe()));
            return CessionCommandLine.OK;
        }
        if (listRefusals) {
            List<RefusedChange> unread = session.refusals().unread();
            out.println(unread.size() + " modification(s) refusée(s)");
            for (RefusedChange r : unread) {
                out.println("  " + r.refusedAt() + "  " + r.changedBy() + "  " + r.reason());
                session.refusals().acknowledge(r.opId());
            }
            return CessionCommandLine.OK;
        }
        if (statusOnly) {
            sync.refreshState();
            out.println(sync.state().current().summary());
            return CessionCommandLine.OK;
        }
        SyncReport report = sync.runOnce();
        out.print(report);
        out.println(sync.state().current().summary());
        return report.ok() ? CessionCommandLine.OK : CessionCommandLine.BUSINESS_ERROR;
    }

    /** The "à corriger" list and its three ways out: another number, sent again, or withdrawn. */
    private int repair(Session session, PrintWriter out) {
        Optional<SyncRepair> repairs = session.repairs();
        if (repairs.isEmpty()) {
            out.println("Aucune base centrale configurée (central.url) : aucune commande à corriger.");
            return CessionCommandLine.USAGE_ERROR;
        }
        SyncRepair r = repairs.get();
        if (renumber != null && (number == null || number.isBlank())) {
            out.println("--numero est obligatoire avec --renumeroter.");
            return CessionCommandLine.USAGE_ERROR;
        }
        try {
            if (renumber != null) {
                r.renumber(renumber, number, session.user(), session.site());
                r.resend(renumber, session.user(), session.site());
                out.println("Commande renumérotée « " + number.strip() + " » : elle partira à la prochaine synchronisation.");
                return CessionCommandLine.OK;
            }
            if (resend != null) {
                r.resend(resend, session.user(), session.site());
                out.println("Commande renvoyée : elle partira à la prochaine synchronisation.");
                return CessionCommandLine.OK;
            }
            if (withdraw != null) {
                r.withdraw(withdraw);
                out.println("Commande retirée de ce poste : rien n'en sera envoyé.");
                return CessionCommandLine.OK;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.println(e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
        List<OrderToFix> toFix = r.toFix();
        out.println(toFix.size() + " commande(s) à corriger");
        toFix.forEach(f -> out.println("  " + f.orderId() + "  " + f.number() + "  " + f.reason()));
        return CessionCommandLine.OK;
    }
}

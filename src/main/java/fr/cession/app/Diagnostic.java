package fr.cession.app;

import fr.cession.store.LocalDatabase;
import fr.cession.store.LocalDatabaseException;
import fr.cession.sync.local.Outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * What an IT contractor asks on the phone, in one text to paste: version, Java and system, the
 * configuration in effect (never a password), the local store and what waits to be sent, and the
 * last warnings and errors of the log. The same text for {@code diagnostic} and the desktop's
 * « Aide → Copier le diagnostic ».
 */
final class Diagnostic {

    static final int LAST_PROBLEMS = 50;

    private Diagnostic() {
    }

    /**
     * @param storeOpenHere the store as the running desktop holds it, or null from the command line
     *                      (the store is then opened for a moment, or said to be in use)
     */
    static String report(AppConfig cfg, Path logDir, Clock clock, LocalDatabase storeOpenHere) {
        return report(cfg, logDir, clock, storeOpenHere, null);
    }

    /**
     * @param syncSummary the running desktop's sync state in one line, or null from the command line
     *                    (no sync runs there: {@code sync --statut} asks the central database)
     */
    static String report(AppConfig cfg, Path logDir, Clock clock, LocalDatabase storeOpenHere, String syncSummary) {
        StringBuilder b = new StringBuilder();
        b.append("Diagnostic Cession — ").append(clock.instant()).append('\n');
        String version = Diagnostic.class.getPackage().getImplementationVersion();
        b.append("Version : ").append(version == null ? "développement (hors paquet)" : version).append('\n');
        b.append("Java : ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor"))
                .append(")\n");
        b.append("Système : ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n');
        b.append("\n[Configuration]\n");
        b.append("Dossier : ").append(cfg.folder()).append('\n');
        b.append("Site : ").append(cfg.site()).append(", fuseau ").append(cfg.zone()).append(", langue ")
                .append(cfg.language().getLanguage()).append('\n');
        b.append("Playbook : ").append(cfg.playbookFile()).append('\n');
        b.append("Base centrale : ").append(cfg.central().map(c -> c.url() + " (utilisateur « " + c.user()
                + " », mot de passe " + (c.password().isEmpty() ? "absent" : "défini, non montré") + ")")
                .orElse("aucune (poste autonome)")).append('\n');
        // Which file said what: half the phone calls are a key set in one place and overridden in another.
        cfg.origins().layers().forEach(l -> b.append("Fichier lu ").append(l).append('\n'));
        cfg.origins().effective().forEach(l -> b.append("  ").append(l).append('\n'));
        b.append("\n[Base locale]\n");
        store(b, cfg.databaseFile(), storeOpenHere);
        b.append("Synchronisation : ").append(syncSummary != null ? syncSummary
                : cfg.central().isPresent() ? "état en direct donné par la commande « sync --statut »"
                : "aucune (poste autonome)").append('\n');
        b.append("\n[Journal : ").append(LAST_PROBLEMS).append(" derniers avertissements et erreurs]\n");
        problems(b, logDir);
        return b.toString();
    }

    private static void store(StringBuilder b, Path base, LocalDatabase open) {
        Path file = Path.of(base + ".mv.db");
        try {
            b.append("Fichier : ").append(file).append(Files.exists(file)
                    ? String.format(Locale.ROOT, " (%.1f Mo)", Files.size(file) / 1_048_576.0) : " (pas encore créé)").append('\n');
        } catch (IOException e) {
            b.append("Fichier : ").append(file).append(" (taille illisible : ").append(e.getMessage()).append(")\n");
        }
        if (open != null) {
            counts(b, open);
            return;
        }
        if (!Files.exists(file)) {
            return;
        }
        if (LocalDatabase.isEncrypted(base)) {
            b.append("Contenu chiffré avec le mot de passe de sa personne : le diagnostic du bureau "
                    + "(Aide → Copier le diagnostic) donne les commandes et l'attente d'envoi\n");
            return;
        }
        try (LocalDatabase db = LocalDatabase.open(base)) {
            counts(b, db);
        } catch (LocalDatabaseException e) {
            b.append("Contenu non lu : ").append(e.getMessage()).append('\n');
        }
    }

    private static void counts(StringBuilder b, LocalDatabase db) {
        b.append("Commandes : ").append(db.dsl().fetchCount(SALES_ORDER)).append('\n');
        b.append("Modifications en attente d'envoi : ").append(new Outbox(db.dsl()).pendingCount()).append('\n');
    }

    private static void problems(StringBuilder b, Path logDir) {
        Path log = logDir == null ? null : logDir.resolve("cession.log");
        if (log == null || !Files.exists(log)) {
            b.append("(aucun journal trouvé").append(log == null ? "" : " : " + log).append(")\n");
            return;
        }
        Deque<String> last = new ArrayDeque<>(LAST_PROBLEMS);
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.filter(Diagnostic::isProblem).forEach(l -> {
                if (last.size() == LAST_PROBLEMS) {
                    last.removeFirst();
                }
                last.addLast(l);
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            b.append("(journal illisible : ").append(e.getMessage()).append(")\n");
            return;
        }
        if (last.isEmpty()) {
            b.append("(aucun)\n");
        }
        List.copyOf(last).forEach(l -> b.append(l).append('\n'));
    }

    // The file pattern puts the level after the thread: "... [main] WARN  fr.cession..."
    private static boolean isProblem(String line) {
        return line.contains("] WARN ") || line.contains("] ERROR ");
    }
}

package fr.cession.cli;

import fr.cession.store.LocalDatabase;
import fr.cession.store.LocalDatabaseException;
import fr.cession.store.StoreBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code cession sauvegarde}: a copy of the local store (a zip H2 writes consistently). The
 * application must be closed on this desktop: H2 refuses a store another instance holds, and the
 * command says so.
 */
@Command(name = "sauvegarde",
        description = {"Copie la base locale dans un fichier .zip (l'application doit être fermée sur ce poste).",
                "Sans fichier, la copie va dans le dossier « sauvegardes » à côté de la base."})
public final class BackupCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCommand.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final Function<Path, LocalDatabase> open;
    private final Clock clock;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FICHIER.zip", description = "Où écrire la copie.")
    Path zip;

    @Option(names = "--base", paramLabel = "FICHIER",
            description = "Fichier de base H2 à copier à la place de celui de la configuration.")
    Path base;

    /** @param open opens the store for a {@code --base} given or not (null), with its person's key when encrypted */
    public BackupCommand(Function<Path, LocalDatabase> open, Clock clock) {
        this.open = open;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try (LocalDatabase db = open.apply(base)) {
            Path target = zip != null ? zip : StoreBackups.folderOf(db.file())
                    .resolve("sauvegarde-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + ".zip");
            Path written = StoreBackups.backup(db.dsl(), target);
            spec.commandLine().getOut().println("Base locale copiée dans " + written);
            LOG.info("Sauvegarde de {} dans {}", db.file(), written);
            return CessionCommandLine.OK;
        } catch (LocalDatabaseException e) {
            spec.commandLine().getErr().println("Sauvegarde impossible : " + e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
    }
}

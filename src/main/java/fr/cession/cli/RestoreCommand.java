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

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code cession restauration FICHIER.zip}: puts a copy back in place of the local store. The
 * store as it was is moved aside first (the command says where), and the copy must open with
 * this version: one written by a newer version is refused and the store left as it was.
 */
@Command(name = "restauration",
        description = {"Remplace la base locale par une sauvegarde .zip (l'application doit être fermée sur ce poste).",
                "La base remplacée est gardée dans le dossier « sauvegardes »."})
public final class RestoreCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreCommand.class);

    private final Function<Path, LocalDatabase> open;
    private final Clock clock;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FICHIER.zip", description = "La sauvegarde à remettre en place.")
    Path zip;

    @Option(names = "--base", paramLabel = "FICHIER",
            description = "Fichier de base H2 à remplacer à la place de celui de la configuration.")
    Path base;

    /** @param open opens the store for a {@code --base} given or not (null), with its person's key when encrypted */
    public RestoreCommand(Function<Path, LocalDatabase> open, Clock clock) {
        this.open = open;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(zip)) {
            err.println("Sauvegarde introuvable : " + zip);
            return CessionCommandLine.USAGE_ERROR;
        }
        Path data;
        // Opening proves no other instance holds the store (H2 refuses a file in use).
        try (LocalDatabase current = open.apply(base)) {
            data = current.file();
        } catch (LocalDatabaseException e) {
            err.println("Restauration impossible : " + e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
        Path aside;
        try {
            aside = StoreBackups.restore(zip, data, clock);
        } catch (LocalDatabaseException e) {
            err.println("Restauration impossible : " + e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
        try (LocalDatabase restored = open.apply(base)) {
            spec.commandLine().getOut().println("Base locale restaurée depuis " + zip
                    + (aside == null ? "" : " ; la base remplacée est gardée dans " + aside));
            LOG.info("Restauration de {} depuis {}", restored.file(), zip);
            return CessionCommandLine.OK;
        } catch (LocalDatabaseException e) {
            putBack(aside, data);
            err.println("Restauration refusée, la base est restée telle quelle : " + e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
    }

    private static void putBack(Path aside, Path data) {
        try {
            if (aside != null) {
                Files.move(aside, data, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(data);
            }
        } catch (IOException e) {
            throw new LocalDatabaseException("La base remplacée n'a pas pu reprendre sa place : elle est dans " + aside, e);
        }
    }
}

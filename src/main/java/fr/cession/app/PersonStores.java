package fr.cession.app;

import fr.cession.store.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Each person's own store on a shared desktop: {@code <data>/<login>/cession.mv.db}. The station's
 * store of earlier versions ({@code <data>/cession.mv.db}, also the command line's before anyone
 * logged in) goes to the first person who logs in without a store of their own, so its orders
 * are not lost.
 */
final class PersonStores {

    private static final Logger LOG = LoggerFactory.getLogger(PersonStores.class);
    private static final String H2_SUFFIX = ".mv.db";

    private PersonStores() {
    }

    /** The person's store (without {@code .mv.db}), its folder created owner-only. */
    static Path storeFor(AppConfig config, String login) {
        Path own = config.storeOf(login);
        Path ownFile = own.resolveSibling(own.getFileName() + H2_SUFFIX);
        Path station = config.databaseFile();
        Path stationFile = station.resolveSibling(station.getFileName() + H2_SUFFIX);
        try {
            OwnerOnlyFiles.folder(own.getParent());
            if (!Files.exists(ownFile) && Files.isRegularFile(stationFile)) {
                Files.move(stationFile, ownFile, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Base du poste {} reprise comme base de « {} » ({})", stationFile, login, ownFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Base de « " + login + " » : dossier " + own.getParent()
                    + " inutilisable (" + e.getMessage() + ")", e);
        }
        return own;
    }
}

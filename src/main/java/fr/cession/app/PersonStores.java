package fr.cession.app;

import fr.cession.store.OwnerOnlyFiles;
import fr.cession.store.StoreKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Each person's own store on a shared desktop: {@code <data>/<login>/cession.mv.db}. The station's
 * store of earlier versions ({@code <data>/cession.mv.db}, also the command line's before anyone
 * logged in) goes to the first person who logs in without a store of their own, so its orders
 * are not lost.
 */
final class PersonStores {

    private static final Logger LOG = LoggerFactory.getLogger(PersonStores.class);
    private static final String H2_SUFFIX = ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

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

    /**
     * Moves a store that no longer opens with its person's password (changed at the central
     * database) out of the way, with its salt, under a dated name: what it held but never sent
     * stays there, readable with the old password, and nothing is deleted.
     *
     * @return the data file set aside
     */
    static Path setAside(Path base, Clock clock) {
        String stamp = STAMP.format(clock.instant().atZone(ZoneOffset.UTC));
        Path aside = base.resolveSibling(base.getFileName() + "-ancien-mot-de-passe-" + stamp);
        try {
            Path data = base.resolveSibling(base.getFileName() + H2_SUFFIX);
            Path asideData = aside.resolveSibling(aside.getFileName() + H2_SUFFIX);
            Files.move(data, asideData);
            Path salt = StoreKey.saltFile(base);
            if (Files.exists(salt)) {
                Files.move(salt, StoreKey.saltFile(aside));
            }
            LOG.warn("La base {} ne s'ouvre plus avec le mot de passe de sa personne (changé à la base centrale) : "
                    + "mise de côté dans {}, une nouvelle base se remplit depuis la base centrale", data, asideData);
            return asideData;
        } catch (IOException e) {
            throw new UncheckedIOException("Base " + base + " : mise de côté impossible (" + e.getMessage() + ")", e);
        }
    }
}

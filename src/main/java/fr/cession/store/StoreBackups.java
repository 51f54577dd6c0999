package fr.cession.store;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Copies of the local store, as H2's own {@code BACKUP TO} writes them: a zip holding the data
 * file, consistent even while the store is open. One is taken before every schema upgrade (the
 * last {@value #KEPT_BEFORE_UPGRADE} kept), so an upgrade that went wrong never costs an unsent
 * change; a person takes others with {@code sauvegarde} and puts one back with
 * {@code restauration}.
 */
public final class StoreBackups {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackups.class);
    /** Copies taken before an upgrade that are kept; older ones are deleted. */
    public static final int KEPT_BEFORE_UPGRADE = 3;
    static final String FOLDER = "sauvegardes";
    private static final String BEFORE_UPGRADE = "avant-mise-a-jour-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private StoreBackups() {
    }

    /** Where the copies of this store go: a folder beside its data file. */
    public static Path folderOf(Path dataFile) {
        return dataFile.toAbsolutePath().getParent().resolve(FOLDER);
    }

    /** Writes a consistent copy of the open store into {@code zip} (readable by its owner only). */
    public static Path backup(DSLContext dsl, Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        try {
            if (Files.exists(target)) {
                throw new LocalDatabaseException("La sauvegarde " + target + " existe déjà : choisissez un autre nom.", null);
            }
            Path parent = target.getParent();
            if (!Files.isDirectory(parent)) {
                OwnerOnlyFiles.folder(parent);
            }
            dsl.execute("BACKUP TO {0}", org.jooq.impl.DSL.inline(target.toString()));
            OwnerOnlyFiles.restrict(target);
            return target;
        } catch (IOException e) {
            throw new LocalDatabaseException("Sauvegarde impossible vers " + target + " : " + e.getMessage(), e);
        }
    }

    /**
     * The copy taken before a schema upgrade, named after the schema it holds; only the newest
     * {@value #KEPT_BEFORE_UPGRADE} such copies stay.
     */
    static Path beforeUpgrade(DSLContext dsl, Path dataFile, String fromVersion, Clock clock) {
        Path folder = folderOf(dataFile);
        Path zip = folder.resolve(BEFORE_UPGRADE + STAMP.format(clock.instant()) + "-schema-" + fromVersion + ".zip");
        for (int n = 2; Files.exists(zip); n++) {
            zip = folder.resolve(BEFORE_UPGRADE + STAMP.format(clock.instant()) + "-" + n + "-schema-" + fromVersion + ".zip");
        }
        Path written = backup(dsl, zip);
        LOG.info("Base locale copiée avant sa mise à jour (schéma {}) : {}", fromVersion, written);
        prune(folder);
        return written;
    }

    /** The copies taken before upgrades, oldest first (their names sort by date). */
    public static List<Path> beforeUpgradeCopies(Path dataFile) {
        return beforeUpgradeCopiesIn(folderOf(dataFile));
    }

    private static List<Path> beforeUpgradeCopiesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(BEFORE_UPGRADE)).sorted().toList();
        } catch (IOException e) {
            throw new LocalDatabaseException("Dossier des sauvegardes illisible : " + folder, e);
        }
    }

    private static void prune(Path folder) {
        List<Path> copies = beforeUpgradeCopiesIn(folder);
        for (Path old : copies.subList(0, Math.max(0, copies.size() - KEPT_BEFORE_UPGRADE))) {
            try {
                Files.delete(old);
            } catch (IOException e) {
                LOG.warn("Ancienne copie {} non supprimée : {}", old, e.getMessage());
            }
        }
    }

    /**
     * Puts a copy back in place of the (closed) store at {@code dataFile}: the store as it was is
     * first moved aside, so a restoration can itself be undone. The caller proves the store is
     * closed (by opening it: H2 refuses a file another instance holds).
     *
     * @return where the store as it was before the restoration went, or null when there was none
     */
    public static Path restore(Path zip, Path dataFile, Clock clock) {
        String dataName = dataFile.getFileName().toString();
        Path tmp = dataFile.resolveSibling(dataName + ".restauration");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            boolean found = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && e.getName().endsWith(LocalDatabase.H2_SUFFIX)) {
                    copy(in, tmp);
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw new LocalDatabaseException(zip + " n'est pas une sauvegarde de Cession : aucune base ("
                        + LocalDatabase.H2_SUFFIX + ") dedans.", null);
            }
        } catch (IOException e) {
            throw new LocalDatabaseException("Sauvegarde " + zip + " illisible : " + e.getMessage(), e);
        }
        try {
            Path aside = null;
            if (Files.exists(dataFile)) {
                Files.createDirectories(folderOf(dataFile));
                aside = folderOf(dataFile).resolve("avant-restauration-" + STAMP.format(clock.instant()) + "-" + dataName);
                Files.move(dataFile, aside);
            }
            Files.move(tmp, dataFile, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnlyFiles.restrict(dataFile);
            LOG.info("Base locale {} restaurée depuis {} (l'ancienne : {})", dataFile, zip, aside);
            return aside;
        } catch (IOException e) {
            throw new LocalDatabaseException("Restauration impossible de " + zip + " vers " + dataFile + " : "
                    + e.getMessage(), e);
        }
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        OwnerOnlyFiles.restrict(to);
    }
}

package fr.cession.app;

import fr.cession.store.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a configuration file readable by its owner alone, as the store and the logs are: the files
 * name the central database and may hold its password. A file this account owns is narrowed
 * quietly, a narrowing worth a line when the file held a password; a file somebody else owns (IT's
 * machine-wide file) cannot be changed from here, so only one that holds a password and that every
 * account can read is reported, for IT to fix.
 */
final class ConfigFilePrivacy {

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE);

    private ConfigFilePrivacy() {
    }

    /**
     * @param label       how messages name the file
     * @param holdsSecret whether the file has a {@code central.password}
     * @return a warning for check-config and the log, or nothing when there is nothing to say
     */
    static Optional<String> narrow(Path file, String label, boolean holdsSecret) {
        if (!OwnerOnlyFiles.supported(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
            if (now.stream().noneMatch(OTHERS::contains)) {
                return Optional.empty();
            }
            if (!Files.getOwner(file).getName().equals(System.getProperty("user.name"))) {
                return holdsSecret && now.contains(PosixFilePermission.OTHERS_READ)
                        ? Optional.of(label + " : contient central.password et tous les comptes du poste peuvent le lire ;"
                        + " demandez à son propriétaire (" + Files.getOwner(file).getName() + ") de le réserver aux"
                        + " personnes du poste (chmod 640 et un groupe, ou 600)")
                        : Optional.empty();
            }
            OwnerOnlyFiles.restrict(file);
            return holdsSecret
                    ? Optional.of(label + " : contient central.password et d'autres comptes pouvaient le lire :"
                    + " droits réduits à son propriétaire (600)")
                    : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.of(label + " : droits du fichier non vérifiables (" + e.getMessage() + ")");
        }
    }
}

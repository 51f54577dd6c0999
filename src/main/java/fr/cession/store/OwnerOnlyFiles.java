package fr.cession.store;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The station's data (orders with customers' names, IBANs, identity papers), its logs and the
 * configuration it writes are readable by the user who runs the application only: 700 for
 * folders, 600 for files, where the file system has POSIX permissions (Windows keeps the
 * per-user ACLs of the user's own profile folders).
 */
public final class OwnerOnlyFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    public static boolean supported(Path path) {
        FileSystem fs = path.getFileSystem();
        return fs.supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and its missing parents) and makes the folder itself owner-only. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (supported(folder)) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /** Creates the file empty when missing, and makes it owner-only. */
    public static Path file(Path file) throws IOException {
        if (!Files.exists(file)) {
            if (supported(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                return file;
            }
            Files.createFile(file);
        }
        restrict(file);
        return file;
    }

    /** Makes an existing file owner-only; a missing one is left alone. */
    public static void restrict(Path file) throws IOException {
        if (Files.exists(file) && supported(file)) {
            Files.setPosixFilePermissions(file, Files.isDirectory(file) ? FOLDER : FILE);
        }
    }
}

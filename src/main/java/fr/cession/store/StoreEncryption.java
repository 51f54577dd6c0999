package fr.cession.store;

import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Whether a store file is encrypted, and turning a clear one into an encrypted one in place (a
 * store written before encryption, or by the demo). H2 does the work ({@link ChangeFileEncryption});
 * a clear H2 file starts with its readable header ({@code H:2,...}), an encrypted one does not.
 */
final class StoreEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(StoreEncryption.class);
    private static final String CIPHER = "AES";

    private StoreEncryption() {
    }

    /** The URL settings and password for opening the store with {@code key} (null: in clear). */
    static String urlSettings(StoreKey key) {
        return key == null ? "" : ";CIPHER=" + CIPHER;
    }

    /** H2's password for user {@code sa}: the file password, a space, then the (empty) user password. */
    static String password(StoreKey key) {
        return key == null ? "" : new String(key.filePassword()) + " ";
    }

    static boolean isClear(Path dataFile) {
        if (!Files.exists(dataFile)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(dataFile)) {
            byte[] head = in.readNBytes(4);
            return new String(head, StandardCharsets.ISO_8859_1).equals("H:2,");
        } catch (IOException e) {
            throw new LocalDatabaseException("Fichier de données " + dataFile + " illisible : " + e.getMessage(), e);
        }
    }

    /** Encrypts a clear store in place (it must be closed). */
    static void encrypt(Path dataFile, StoreKey key) {
        String name = dataFile.getFileName().toString();
        String db = name.substring(0, name.length() - LocalDatabase.H2_SUFFIX.length());
        try {
            ChangeFileEncryption.execute(dataFile.getParent().toString(), db, CIPHER, null, key.filePassword(), true);
            LOG.info("Base locale {} chiffrée (elle était en clair)", dataFile);
        } catch (SQLException e) {
            throw new LocalDatabaseException("Chiffrement de la base locale " + dataFile + " impossible : "
                    + e.getMessage(), e);
        }
    }
}

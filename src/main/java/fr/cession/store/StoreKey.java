package fr.cession.store;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret the local store is encrypted with (H2's {@code CIPHER=AES}): never written anywhere,
 * derived from the person's password and a per-store salt (PBKDF2-HMAC-SHA256, the JDK's own),
 * so that the file read without the person is only noise. The salt is not secret and sits beside
 * the store; without the password it gives nothing.
 */
public final class StoreKey {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough to make guessing costly, about 0.3 s here. */
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;

    private final String hex;

    private StoreKey(String hex) {
        this.hex = hex;
    }

    /** The key for this password and salt. */
    public static StoreKey derive(char[] password, byte[] salt) {
        Objects.requireNonNull(password, "password");
        if (password.length == 0) {
            throw new IllegalArgumentException("Mot de passe vide : la base locale ne peut pas être chiffrée avec.");
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new StoreKey(HexFormat.of().formatHex(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 indisponible dans ce Java", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * The key of the store {@code base} (without {@code .mv.db}) for this password, with the salt
     * kept beside it in {@code <base>.sel}: written owner-only the first time, read afterwards.
     */
    public static StoreKey forStore(Path base, char[] password) {
        Path file = saltFile(base);
        try {
            byte[] salt;
            if (Files.isRegularFile(file)) {
                salt = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
            } else {
                salt = newSalt();
                OwnerOnlyFiles.folder(file.getParent());
                OwnerOnlyFiles.file(file);
                Files.writeString(file, HexFormat.of().formatHex(salt), StandardCharsets.US_ASCII);
            }
            return derive(password, salt);
        } catch (IOException | IllegalArgumentException e) {
            throw new LocalDatabaseException("Sel de chiffrement de la base locale " + file + " illisible : "
                    + e.getMessage(), e);
        }
    }

    /** Where {@link #forStore} keeps the store's salt (it moves with the store when the store is set aside). */
    public static Path saltFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".sel");
    }

    /** A fresh random salt for a new store. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** H2's file password (no spaces: H2 splits the file password from the user's at the first one). */
    char[] filePassword() {
        return hex.toCharArray();
    }

    @Override
    public String toString() {
        return "StoreKey[***]";
    }
}

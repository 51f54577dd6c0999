package fr.cession.store.login;

import fr.cession.store.OwnerOnlyFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The people who logged in on this desktop, so that they can log in again offline: one small
 * owner-only file beside the people's stores (outside any of them, since it is read before a
 * store is opened), with each person's login, name, roles, site, organisation and Argon2id hash,
 * and who logged in last. Rewritten whole through a temporary file, so a crash never leaves half.
 */
public final class OfflineCredentials {

    public static final String FILE_NAME = "connexions.properties";
    private static final String LAST = "derniere.connexion";
    private static final List<String> FIELDS = List.of("nom", "roles", "site", "organisation", "hash");

    private final Path file;

    public OfflineCredentials(Path file) {
        this.file = file;
    }

    /** The file in {@code folder}, the folder that holds the people's stores. */
    public static OfflineCredentials in(Path folder) {
        return new OfflineCredentials(folder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<KnownPerson> find(String login) {
        Properties p = read();
        String hash = p.getProperty(key(login, "hash"));
        if (hash == null) {
            return Optional.empty();
        }
        String roles = p.getProperty(key(login, "roles"), "");
        return Optional.of(new KnownPerson(login, p.getProperty(key(login, "nom")),
                roles.isBlank() ? List.of() : Arrays.asList(roles.split(",")), p.getProperty(key(login, "site")),
                p.getProperty(key(login, "organisation")), hash));
    }

    /** Every login known here, sorted. */
    public synchronized List<String> logins() {
        TreeSet<String> logins = new TreeSet<>();
        read().stringPropertyNames().stream().filter(k -> k.startsWith("personne.") && k.endsWith(".hash"))
                .forEach(k -> logins.add(k.substring("personne.".length(), k.length() - ".hash".length())));
        return new ArrayList<>(logins);
    }

    /** Keeps (or refreshes) the person after a successful login, and marks them the last one. */
    public synchronized void remember(KnownPerson person) {
        Properties p = read();
        p.setProperty(key(person.login(), "nom"), person.displayName());
        p.setProperty(key(person.login(), "roles"), String.join(",", person.roles()));
        p.setProperty(key(person.login(), "site"), person.site());
        p.setProperty(key(person.login(), "organisation"), person.organisation());
        p.setProperty(key(person.login(), "hash"), person.passwordHash());
        p.setProperty(LAST, person.login());
        write(p);
    }

    /** The person can no longer log in offline here (disabled at the central database). */
    public synchronized void forget(String login) {
        Properties p = read();
        // Field by field: another login may start with this one ("c.martin" and "c.martin.2").
        FIELDS.forEach(f -> p.remove(key(login, f)));
        if (login.equals(p.getProperty(LAST))) {
            p.remove(LAST);
        }
        write(p);
    }

    /** Who logged in last on this desktop, if still known. */
    public synchronized Optional<KnownPerson> last() {
        String login = read().getProperty(LAST);
        return login == null ? Optional.empty() : find(login);
    }

    private static String key(String login, String field) {
        return "personne." + login + "." + field;
    }

    private Properties read() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            return p;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Connexions du poste illisibles : " + file, e);
        }
        return p;
    }

    private void write(Properties p) {
        try {
            OwnerOnlyFiles.folder(file.getParent());
            Path temp = OwnerOnlyFiles.file(file.resolveSibling(FILE_NAME + ".tmp"));
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(writer, "Personnes connectées sur ce poste (hachages Argon2id, jamais de mot de passe)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnlyFiles.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Connexions du poste : écriture impossible dans " + file, e);
        }
    }
}

package fr.cession.store.login;

import fr.cession.store.OwnerOnlyFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline credentials keep who logged in and an Argon2id hash, never the password. */
class OfflineCredentialsTest {

    private final Path folder = Path.of(System.getProperty("cession.test.dir", "target/test-work"), "login",
            UUID.randomUUID().toString()).toAbsolutePath();
    private final PasswordHash hashes = new PasswordHash();

    @Test
    void theFileHoldsNoPasswordInClearAndOnlyItsOwnerReadsIt() throws Exception {
        OfflineCredentials credentials = OfflineCredentials.in(folder);
        String password = "Caramel-Soleil-2026";
        credentials.remember(new KnownPerson("c.martin", "Camille Martin", List.of("COMMERCIAL", "MANAGER"), "LYON",
                "Distributeur", hashes.hash(password.toCharArray())));

        byte[] bytes = Files.readAllBytes(credentials.file());
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(password).doesNotContain("Caramel").doesNotContain("Soleil")
                .contains("$argon2id$");
        if (OwnerOnlyFiles.supported(credentials.file())) {
            assertThat(Files.getPosixFilePermissions(credentials.file())).isEqualTo(OwnerOnlyFiles.FILE);
        }

        KnownPerson read = OfflineCredentials.in(folder).find("c.martin").orElseThrow();
        assertThat(read.displayName()).isEqualTo("Camille Martin");
        assertThat(read.roles()).containsExactly("COMMERCIAL", "MANAGER");
        assertThat(read.site()).isEqualTo("LYON");
        assertThat(read.organisation()).isEqualTo("Distributeur");
        assertThat(read.passwordHash()).startsWith("$argon2id$v=19$m=" + PasswordHash.MEMORY_KIB + ",t="
                + PasswordHash.ITERATIONS + ",p=1$");
        assertThat(hashes.matches(password.toCharArray(), read.passwordHash())).isTrue();
        assertThat(hashes.matches("Caramel-Soleil-2027".toCharArray(), read.passwordHash())).isFalse();
        assertThat(credentials.last()).map(KnownPerson::login).contains("c.martin");
    }

    @Test
    void twoHashesOfOnePasswordDifferAndForgettingOneLoginLeavesItsNamesake() {
        String a = hashes.hash("le-meme-mot-de-passe".toCharArray());
        String b = hashes.hash("le-meme-mot-de-passe".toCharArray());
        assertThat(a).as("salted").isNotEqualTo(b);
        assertThat(hashes.matches("le-meme-mot-de-passe".toCharArray(), "pas un hachage")).isFalse();

        OfflineCredentials credentials = OfflineCredentials.in(folder);
        credentials.remember(new KnownPerson("c.martin.2", null, List.of("ADV"), "LYON", "", a));
        credentials.remember(new KnownPerson("c.martin", null, List.of("COMMERCIAL"), "LYON", "", b));
        credentials.forget("c.martin");
        assertThat(credentials.find("c.martin")).isEmpty();
        assertThat(credentials.last()).isEmpty();
        assertThat(credentials.find("c.martin.2")).isPresent();
        assertThat(credentials.logins()).containsExactly("c.martin.2");
    }
}

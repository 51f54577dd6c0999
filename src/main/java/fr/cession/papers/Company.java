package fr.cession.papers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The company printed at the top and bottom of every paper, from {@code config/entreprise.properties}
 * (see README, "Documents et exports"). A station without the file still prints, with a neutral name,
 * so that a missing file never blocks a hand-over.
 *
 * @param addressLines the postal address, one line each (the key's value split on "|")
 * @param logo the PNG's bytes, or null: the header then shows the name alone
 */
public record Company(String name, List<String> addressLines, String phone, String email, String siret, byte[] logo) {

    public static final String FILE_NAME = "entreprise.properties";
    private static final Logger LOG = LoggerFactory.getLogger(Company.class);

    public Company {
        name = name == null || name.isBlank() ? "Cession" : name.strip();
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        phone = blankToNull(phone);
        email = blankToNull(email);
        siret = blankToNull(siret);
    }

    /** Reads {@code entreprise.properties} from the configuration folder; the logo path is relative to it. */
    public static Company load(Path configFolder) throws IOException {
        Path file = configFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Company(null, List.of(), null, null, null, null);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String logoKey = blankToNull(p.getProperty("entreprise.logo"));
        byte[] logo = null;
        if (logoKey != null) {
            Path logoFile = configFolder.resolve(logoKey);
            if (Files.isRegularFile(logoFile)) {
                logo = Files.readAllBytes(logoFile);
            } else {
                // a logo gone missing must not stop a hand-over: the papers print with the name alone
                LOG.warn("{} : clé « entreprise.logo » : fichier introuvable {} (documents sans logo)", FILE_NAME, logoFile);
            }
        }
        String address = p.getProperty("entreprise.adresse", "");
        List<String> lines = Arrays.stream(address.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Company(p.getProperty("entreprise.nom"), lines, p.getProperty("entreprise.telephone"),
                p.getProperty("entreprise.email"), p.getProperty("entreprise.siret"), logo);
    }

    /** "Tél. 04 72 00 00 00 · contact@…", or empty. */
    String contactLine() {
        StringBuilder s = new StringBuilder();
        if (phone != null) {
            s.append("Tél. ").append(phone);
        }
        if (email != null) {
            s.append(s.length() > 0 ? " · " : "").append(email);
        }
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

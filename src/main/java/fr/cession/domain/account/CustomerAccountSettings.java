package fr.cession.domain.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a new customer account starts with, from {@code config/comptes-clients.properties}: the
 * deposit seed 000 names (« acompte de 15% »), which each account can then change. A missing file
 * keeps the seed's figure; a wrong value is refused with its line.
 */
public record CustomerAccountSettings(int defaultDepositPercent) {

    public static final String FILE = "comptes-clients.properties";
    public static final String KEY = "acompte.pourcent.defaut";
    /** 000: « Nos plus grands clients… demandent à leur client de payer un acompte de 15% ». */
    public static final CustomerAccountSettings SEED_000 = new CustomerAccountSettings(15);

    public CustomerAccountSettings {
        if (defaultDepositPercent < 0 || defaultDepositPercent > 100) {
            throw new IllegalArgumentException("Acompte par défaut : entre 0 et 100 % (reçu " + defaultDepositPercent + ")");
        }
    }

    /** The settings of the configuration folder {@code folder}; the seed's when the file is absent. */
    public static CustomerAccountSettings load(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return SEED_000;
        }
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(file + " : lecture impossible (" + e.getMessage() + ")", e);
        }
    }

    static CustomerAccountSettings parse(String name, List<String> lines) {
        int percent = SEED_000.defaultDepositPercent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (!KEY.equals(key)) {
                throw new IllegalArgumentException(name + ", ligne " + (i + 1) + " : clé inconnue « " + key
                        + " » (attendue : " + KEY + ")");
            }
            try {
                percent = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                percent = -1;
            }
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException(name + ", ligne " + (i + 1) + " : " + KEY
                        + " : un pourcentage entier de 0 à 100 est attendu (reçu « " + value + " »)");
            }
        }
        return new CustomerAccountSettings(percent);
    }
}

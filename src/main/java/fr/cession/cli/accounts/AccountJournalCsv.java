package fr.cession.cli.accounts;

import fr.cession.sync.central.CentralAccounts.AccountEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The audit trail as French Excel opens it: UTF-8 with a byte-order mark, {@code ;} between
 * fields. A name or detail typed as {@code =…}, {@code +…}, {@code -…} or {@code @…} is written
 * with a leading apostrophe so that the spreadsheet shows it instead of running it. Public: the
 * desktop's "Comptes" screen exports the same file.
 */
public final class AccountJournalCsv {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ORGANISATION_CREEE", "organisation créée"), Map.entry("SITE_CREE", "site créé"),
            Map.entry("COMPTE_CREE", "compte créé"), Map.entry("COMPTE_DESACTIVE", "compte désactivé"),
            Map.entry("MOT_DE_PASSE_CHANGE", "mot de passe changé"), Map.entry("ROLES_CHANGES", "rôles changés"),
            Map.entry("SITE_CHANGE", "site changé"), Map.entry("CONNEXION", "connexion"),
            Map.entry("DEMANDE_APPROUVEE", "demande approuvée"), Map.entry("DEMANDE_REFUSEE", "demande refusée"));

    private AccountJournalCsv() {
    }

    static String label(String action) {
        return LABELS.getOrDefault(action, action);
    }

    public static void write(List<AccountEvent> events, Path file, ZoneId zone) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader("Date", "Par", "Action", "Compte concerné", "Détail").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, format)) {
                for (AccountEvent e : events) {
                    csv.printRecord(AT.format(e.at().atZone(zone)), inert(e.actor()), label(e.action()), inert(e.target()),
                            inert(e.detail()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Journal non écrit dans " + file + " : " + e.getMessage(), e);
        }
    }

    /** What a spreadsheet would take for a formula, made plain text. */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}

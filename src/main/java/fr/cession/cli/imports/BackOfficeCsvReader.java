package fr.cession.cli.imports;

import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.row.RowMeta;
import fr.cession.store.ColumnSizes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads the back office's CSV export into order drafts. Accepts {@code ;} or {@code ,} as
 * separator (taken from the header line), UTF-8 with or without BOM or Windows-1252
 * ({@link FileEncoding}), French decimal commas and French dates (dd/MM/yyyy). Every row is
 * checked whole before anything is written: its number of values, each cell's characters and
 * size against the store's columns ({@link CsvCells}); problems are reported per row and column.
 * Checking the values themselves (VIN, plate, SIREN, dates...) is the workflow's job.
 */
public final class BackOfficeCsvReader {

    private final Supplier<UUID> ids;
    private final ColumnSizes sizes;

    public BackOfficeCsvReader(Supplier<UUID> ids) {
        this(ids, ColumnSizes.salesOrder());
    }

    BackOfficeCsvReader(Supplier<UUID> ids, ColumnSizes sizes) {
        this.ids = ids;
        this.sizes = sizes;
    }

    /**
     * What was read from a file.
     *
     * @param encoding       the encoding detected, named for the user
     * @param unknownColumns header names that are no column of the export (their values are ignored)
     * @param stoppedAt      why reading stopped before the end (a quote never closed...), or null
     */
    public record CsvFile(String encoding, List<String> unknownColumns, List<CsvRow> rows, String stoppedAt) {
        public CsvFile {
            unknownColumns = List.copyOf(unknownColumns);
            rows = List.copyOf(rows);
        }
    }

    /** Thrown when the file as a whole cannot be read (missing columns, unreadable header). */
    public static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnreadableFileException(String message) {
            super(message);
        }
    }

    /** Reads a whole file, its encoding detected first. */
    public CsvFile readFile(Path file, String site, String defaultAdvisor) throws IOException {
        FileEncoding.Decoded decoded = FileEncoding.decode(Files.readAllBytes(file));
        CsvFile read = parse(new StringReader(decoded.text()), site, defaultAdvisor);
        return new CsvFile(decoded.name(), read.unknownColumns(), read.rows(), read.stoppedAt());
    }

    /** The rows of already decoded text. */
    public List<CsvRow> read(Reader source, String site, String defaultAdvisor) throws IOException {
        return parse(source, site, defaultAdvisor).rows();
    }

    private CsvFile parse(Reader source, String site, String defaultAdvisor) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        reader.mark(64 * 1024);
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new UnreadableFileException("fichier vide : la première ligne doit donner les noms des colonnes");
        }
        reader.reset();
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> unknown = new ArrayList<>();
            Map<CsvColumn, String> headers = headers(parser.getHeaderNames(), unknown);
            int columns = parser.getHeaderNames().size();
            List<CsvRow> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // A quote never closed swallows the rest of the file: say where, keep what came before.
                    return new CsvFile("texte", unknown, rows, "lecture arrêtée vers la ligne "
                            + (parser.getCurrentLineNumber() + 1) + " : guillemet (\") non fermé ou mal placé ; "
                            + "les lignes suivantes ne sont pas lues");
                }
                rows.add(row(record, headers, columns, site, defaultAdvisor));
            }
            return new CsvFile("texte", unknown, rows, null);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException("en-tête illisible : " + e.getMessage());
        }
    }

    private static Map<CsvColumn, String> headers(List<String> names, List<String> unknown) {
        Map<CsvColumn, String> found = new EnumMap<>(CsvColumn.class);
        for (String name : names) {
            CsvColumn.byHeader(name).ifPresentOrElse(c -> found.put(c, name), () -> unknown.add(name));
        }
        List<String> missing = new ArrayList<>();
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !found.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFileException("colonnes obligatoires absentes de l'en-tête : " + String.join(", ", missing)
                    + (unknown.isEmpty() ? "" : " (colonnes inconnues : " + String.join(", ", unknown) + ")"));
        }
        return found;
    }

    private CsvRow row(CSVRecord record, Map<CsvColumn, String> headers, int columns, String site,
                       String defaultAdvisor) {
        long line = record.getRecordNumber() + 1;
        CsvCells cells = new CsvCells(record, headers, sizes);
        if (record.size() != columns) {
            // Shifted values would land in the wrong columns: the row is refused whole.
            cells.rowError(record.size() + " valeurs pour " + columns + " colonnes dans l'en-tête ("
                    + (record.size() > columns ? "séparateur en trop dans une valeur non entourée de guillemets ?"
                    : "valeurs manquantes en fin de ligne ?") + ")");
        }
        String number = cells.text(CsvColumn.NUMERO);
        if (number == null) {
            cells.error(CsvColumn.NUMERO, "numéro de commande manquant");
        }
        LocalDate reservedOn = cells.date(CsvColumn.DATE_RESERVATION);
        if (reservedOn == null) {
            cells.missing(CsvColumn.DATE_RESERVATION);
        }
        BigDecimal fee = cells.amount(CsvColumn.FRAIS_RESERVATION);
        if (fee == null) {
            cells.missing(CsvColumn.FRAIS_RESERVATION);
        }
        PaymentMethod payment = cells.choice(CsvColumn.PAIEMENT, PaymentMethod.class);
        HandoverMode mode = cells.choice(CsvColumn.REMISE, HandoverMode.class);
        CustomerKind kind = cells.text(CsvColumn.TYPE_CLIENT) == null ? null
                : cells.choice(CsvColumn.TYPE_CLIENT, CustomerKind.class);
        if (kind == null) {
            kind = cells.text(CsvColumn.SOCIETE) != null ? CustomerKind.SOCIETE : CustomerKind.PARTICULIER;
        }
        CgHolding holding = cells.text(CsvColumn.TITULAIRE_CG) == null ? null
                : cells.choice(CsvColumn.TITULAIRE_CG, CgHolding.class);
        if (holding == null) {
            holding = kind == CustomerKind.SOCIETE ? CgHolding.SOCIETE
                    : cells.text(CsvColumn.COTITULAIRE) != null ? CgHolding.COTITULAIRE : CgHolding.TITULAIRE;
        }
        Customer customer = new Customer(kind, cells.text(CsvColumn.PRENOM), cells.text(CsvColumn.NOM),
                cells.text(CsvColumn.SOCIETE), digitsOnly(cells.text(CsvColumn.SIREN)), cells.text(CsvColumn.EMAIL),
                cells.text(CsvColumn.TELEPHONE), cells.text(CsvColumn.ADRESSE), holding,
                cells.text(CsvColumn.COTITULAIRE), null);
        BigDecimal km = cells.amount(CsvColumn.KILOMETRAGE);
        String plate = cells.text(CsvColumn.IMMATRICULATION);
        String vin = cells.text(CsvColumn.VIN);
        Vehicle vehicle = new Vehicle(vin == null ? null : vin.toUpperCase(Locale.ROOT),
                plate == null ? null : plate.toUpperCase(Locale.ROOT), cells.text(CsvColumn.MARQUE),
                cells.text(CsvColumn.MODELE), cells.date(CsvColumn.MISE_EN_CIRCULATION), cells.date(CsvColumn.DERNIER_CT),
                cells.date(CsvColumn.DERNIERE_REVISION), km == null ? null : km.intValue(),
                cells.amount(CsvColumn.PRIX), false, null);
        LocalDateTime handoverAt = cells.dateTime(CsvColumn.DATE_CESSION);
        Financing financing = financing(cells);
        String advisor = cells.text(CsvColumn.CONSEILLER);
        if (cells.hasErrors() || payment == null || mode == null) {
            return new CsvRow(line, number, null, cells.errors());
        }
        Order draft = new Order(ids.get(), number, OrderStatus.RESERVEE, reservedOn, fee,
                advisor == null ? defaultAdvisor : advisor, site, customer, vehicle, mode, handoverAt, payment,
                financing, null, null, null, RowMeta.NEW);
        return new CsvRow(line, number, draft, List.of());
    }

    /** 004:8 down payment and financed amount, 004:53 the lender; none of them: no financing. */
    private static Financing financing(CsvCells cells) {
        BigDecimal down = cells.amount(CsvColumn.APPORT);
        BigDecimal financed = cells.amount(CsvColumn.MONTANT_FINANCE);
        Lender lender = cells.text(CsvColumn.ORGANISME_CREDIT) == null ? null
                : cells.choice(CsvColumn.ORGANISME_CREDIT, Lender.class);
        return down == null && financed == null && lender == null ? Financing.NONE
                : new Financing(down, financed, Set.of(), lender);
    }

    private static String digitsOnly(String text) {
        return text == null ? null : text.replaceAll("\\s", "");
    }
}

package fr.cession.cli.imports;

import fr.cession.domain.audit.RowMeta;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads the back office's CSV export into order drafts. Accepts {@code ;} or {@code ,} as
 * separator (taken from the header line), UTF-8 with or without BOM, French decimal commas and
 * French dates (dd/MM/yyyy). Reading problems are reported per row and column; checking the
 * values themselves (VIN, plate, SIREN, dates...) is the workflow's job.
 */
public final class BackOfficeCsvReader {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final Supplier<UUID> ids;

    public BackOfficeCsvReader(Supplier<UUID> ids) {
        this.ids = ids;
    }

    /** Thrown when the file as a whole cannot be read (missing columns, unreadable header). */
    public static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnreadableFileException(String message) {
            super(message);
        }
    }

    public List<CsvRow> read(Path file, String site, String defaultAdvisor) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return read(new StringReader(text), site, defaultAdvisor);
    }

    public List<CsvRow> read(Reader source, String site, String defaultAdvisor) throws IOException {
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
            Map<CsvColumn, String> headers = headers(parser.getHeaderNames());
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(record, headers, site, defaultAdvisor));
            }
            return rows;
        }
    }

    private static Map<CsvColumn, String> headers(List<String> names) {
        Map<CsvColumn, String> found = new EnumMap<>(CsvColumn.class);
        List<String> unknown = new ArrayList<>();
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

    private CsvRow row(CSVRecord record, Map<CsvColumn, String> headers, String site, String defaultAdvisor) {
        long line = record.getRecordNumber() + 1;
        Cells cells = new Cells(record, headers);
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
        if (!cells.errors.isEmpty() || payment == null || mode == null) {
            return new CsvRow(line, number, null, cells.errors);
        }
        Order draft = new Order(ids.get(), number, OrderStatus.RESERVEE, reservedOn, fee,
                advisor == null ? defaultAdvisor : advisor, site, customer, vehicle, mode, handoverAt, payment,
                financing, null, null, null, RowMeta.NEW);
        return new CsvRow(line, number, draft, List.of());
    }

    /** 004:8 down payment and financed amount, 004:53 the lender; none of them: no financing. */
    private static Financing financing(Cells cells) {
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

    /** Reads the cells of one record, collecting every problem instead of stopping at the first. */
    private static final class Cells {
        private final CSVRecord record;
        private final Map<CsvColumn, String> headers;
        private final List<CsvRow.RowError> errors = new ArrayList<>();

        Cells(CSVRecord record, Map<CsvColumn, String> headers) {
            this.record = record;
            this.headers = headers;
        }

        String text(CsvColumn column) {
            String header = headers.get(column);
            if (header == null || !record.isSet(header)) {
                return null;
            }
            String value = record.get(header).trim();
            return value.isEmpty() ? null : value;
        }

        void error(CsvColumn column, String message) {
            errors.add(new CsvRow.RowError(column.header(), message));
        }

        void missing(CsvColumn column) {
            if (errors.stream().noneMatch(e -> column.header().equals(e.column()))) {
                error(column, "valeur obligatoire manquante");
            }
        }

        LocalDate date(CsvColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error(column, "date illisible « " + text + " » (attendu JJ/MM/AAAA)");
                return null;
            }
        }

        LocalDateTime dateTime(CsvColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return text.contains("/") ? LocalDateTime.parse(text, FRENCH_DATE_TIME) : LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                error(column, "date et heure illisibles « " + text + " » (attendu JJ/MM/AAAA HH:MM)");
                return null;
            }
        }

        /** "1 234,56", "1234.56" or "1 234 €": spaces (also non-breaking) and the euro sign are ignored. */
        BigDecimal amount(CsvColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String plain = text.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.');
            try {
                return new BigDecimal(plain);
            } catch (NumberFormatException e) {
                error(column, "nombre illisible « " + text + " »");
                return null;
            }
        }

        <E extends Enum<E>> E choice(CsvColumn column, Class<E> type) {
            String text = text(column);
            if (text == null) {
                missing(column);
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E value : type.getEnumConstants()) {
                    allowed.add(value.name());
                }
                error(column, "valeur inconnue « " + text + " » (attendu " + String.join(", ", allowed) + ")");
                return null;
            }
        }
    }
}

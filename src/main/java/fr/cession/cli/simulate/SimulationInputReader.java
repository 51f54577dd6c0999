package fr.cession.cli.simulate;

import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an order description: one {@code clé: valeur} (or {@code clé=valeur}) per line, {@code #}
 * comments. A flat YAML file and a properties file are both accepted as they are.
 */
public final class SimulationInputReader {

    static final Set<String> KEYS = Set.of("reservation", "statut", "paiement", "remise", "client", "cotitulaire",
            "cession", "vehicule.mise_en_circulation", "vehicule.dernier_ct", "vehicule.derniere_revision",
            "frais_reservation", "prix", "vehicule.recu_le", "retractation.notifiee_le", "aujourdhui",
            "adresse", "telephone", "site", "vehicule.importe", "adresse.modifiee_le", "iban", "contacts",
            "reclamation.ouverte_le", "reclamation.repondue_le");

    /** {@code mouvement.N.champ}: one movement of the ledger per number N. */
    private static final Pattern MOVEMENT = Pattern.compile("mouvement\\.(\\d{1,3})\\.(nature|moyen|montant|recu_le|verse_le|payeur)");

    /** A day without an hour stands for noon, as the simulation evaluates "today" at noon. */
    private static final LocalTime NOON = LocalTime.NOON;

    /** The file cannot be used: every problem, naming the key and the reason. */
    public static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> problems;

        public InvalidInputException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public SimulationInput read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        }
    }

    public SimulationInput read(Reader reader, String name) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Values v = new Values(p, name);
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key) && !MOVEMENT.matcher(key).matches()) {
                v.problems.add(name + " : clé « " + key + " » inconnue (clés possibles : "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ", mouvement.N.nature, mouvement.N.moyen, "
                        + "mouvement.N.montant, mouvement.N.recu_le, mouvement.N.verse_le, mouvement.N.payeur)");
            }
        }
        LocalDateTime reservation = v.dayOrTime("reservation", true);
        LocalDate reservedOn = reservation == null ? null : reservation.toLocalDate();
        PaymentMethod payment = v.choice("paiement", PaymentMethod.class, PaymentMethod.VIR);
        SimulationInput input = new SimulationInput(
                reservedOn,
                v.choice("statut", OrderStatus.class, OrderStatus.RESERVEE),
                payment,
                v.choice("remise", HandoverMode.class, HandoverMode.CESSION),
                v.choice("client", CustomerKind.class, CustomerKind.PARTICULIER),
                v.yesNo("cotitulaire"),
                v.dateTime("cession"),
                v.date("vehicule.mise_en_circulation", false),
                v.date("vehicule.dernier_ct", false),
                v.date("vehicule.derniere_revision", false),
                v.amount("frais_reservation", new BigDecimal("250")),
                v.amount("prix", new BigDecimal("15000")),
                v.date("vehicule.recu_le", false),
                v.date("retractation.notifiee_le", false),
                v.date("aujourdhui", false),
                p.getProperty("adresse", "1 rue de la République, 75011 Paris").trim(),
                p.getProperty("telephone", "06 12 34 56 78").trim(),
                p.getProperty("site", "PARIS").trim(),
                v.yesNo("vehicule.importe"),
                reservation == null ? NOON : reservation.toLocalTime(),
                movements(p, v, payment),
                v.dayOrTime("adresse.modifiee_le", false),
                v.text("iban"),
                contacts(v),
                v.dayOrTime("reclamation.ouverte_le", false),
                v.dayOrTime("reclamation.repondue_le", false));
        if (input.withdrawalNoticeOn() != null && input.vehicleReceivedOn() == null) {
            v.problems.add(name + " : clé « retractation.notifiee_le » : donnez aussi « vehicule.recu_le », "
                    + "le délai de rétractation court à partir de la réception du véhicule");
        }
        if (!v.problems.isEmpty()) {
            throw new InvalidInputException(v.problems);
        }
        return input;
    }

    /** The movements by number; each needs its nature and its amount, the way of paying is the order's by default. */
    private static List<SimulatedMovement> movements(Properties p, Values v, PaymentMethod orderMethod) {
        SortedSet<Integer> numbers = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            Matcher m = MOVEMENT.matcher(key);
            if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        List<SimulatedMovement> out = new ArrayList<>();
        for (int n : numbers) {
            String at = "mouvement." + n + ".";
            PaymentKind kind = v.choice(at + "nature", PaymentKind.class, null);
            if (kind == null && v.text(at + "nature") == null) {
                v.problems.add(v.name + " : clé « " + at + "nature » obligatoire pour le mouvement " + n
                        + " (FRAIS_RESERVATION, APPORT, SOLDE, FINANCEMENT ou REMBOURSEMENT)");
            }
            BigDecimal amount = v.amount(at + "montant", null);
            if (amount == null && v.text(at + "montant") == null) {
                v.problems.add(v.name + " : clé « " + at + "montant » obligatoire pour le mouvement " + n);
            } else if (amount != null && amount.signum() <= 0) {
                v.problems.add(v.name + " : clé « " + at + "montant » : doit être supérieur à zéro");
                amount = null;
            }
            PaymentMethod method = v.choice(at + "moyen", PaymentMethod.class, orderMethod);
            LocalDateTime received = v.dayOrTime(at + "recu_le", false);
            LocalDateTime released = v.dayOrTime(at + "verse_le", false);
            if (released != null && received == null) {
                v.problems.add(v.name + " : clé « " + at + "verse_le » : donnez aussi « " + at + "recu_le », "
                        + "seuls des fonds reçus sur le séquestre sont versés au vendeur");
            }
            if (kind != null && amount != null) {
                out.add(new SimulatedMovement(n, kind, method, amount, received, released, v.text(at + "payeur")));
            }
        }
        return out;
    }

    private static List<ContactChannel> contacts(Values v) {
        String text = v.text("contacts");
        List<ContactChannel> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,;]")) {
            String channel = part.trim().toUpperCase(Locale.ROOT);
            if (channel.isEmpty()) {
                continue;
            }
            try {
                out.add(ContactChannel.valueOf(channel));
            } catch (IllegalArgumentException e) {
                v.problems.add(v.name + " : clé « contacts » : canal inconnu « " + part.trim()
                        + " » (attendu APPEL, VISITE, EMAIL, MESSAGE)");
            }
        }
        return out;
    }

    private static final class Values {
        private final Properties p;
        private final String name;
        private final List<String> problems = new ArrayList<>();

        Values(Properties p, String name) {
            this.p = p;
            this.name = name;
        }

        private String text(String key) {
            String value = p.getProperty(key);
            if (value == null) {
                return null;
            }
            value = value.trim();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            return value.isEmpty() ? null : value;
        }

        LocalDate date(String key, boolean required) {
            return parsed(key, required, "AAAA-MM-JJ", LocalDate::parse);
        }

        /** A date-time, or a day alone (taken at noon). */
        LocalDateTime dayOrTime(String key, boolean required) {
            return parsed(key, required, "AAAA-MM-JJ ou AAAA-MM-JJTHH:MM", text -> text.length() <= 10
                    ? LocalDate.parse(text).atTime(NOON) : LocalDateTime.parse(text.replace(' ', 'T')));
        }

        private <T> T parsed(String key, boolean required, String expected,
                             java.util.function.Function<String, T> parser) {
            String text = text(key);
            if (text == null) {
                if (required) {
                    problems.add(name + " : clé « " + key + " » obligatoire (date AAAA-MM-JJ)");
                }
                return null;
            }
            try {
                return parser.apply(text);
            } catch (DateTimeParseException e) {
                problems.add(name + " : clé « " + key + " » : date illisible « " + text + " » (attendu " + expected + ")");
                return null;
            }
        }

        LocalDateTime dateTime(String key) {
            String text = text(key);
            if (text == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                problems.add(name + " : clé « " + key + " » : date et heure illisibles « " + text
                        + " » (attendu AAAA-MM-JJTHH:MM)");
                return null;
            }
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
            String text = text(key);
            if (text == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E value : type.getEnumConstants()) {
                    allowed.add(value.name());
                }
                problems.add(name + " : clé « " + key + " » : valeur inconnue « " + text + " » (attendu "
                        + String.join(", ", allowed) + ")");
                return fallback;
            }
        }

        boolean yesNo(String key) {
            String text = text(key);
            if (text == null) {
                return false;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "oui", "true", "yes", "o" -> true;
                case "non", "false", "no", "n" -> false;
                default -> {
                    problems.add(name + " : clé « " + key + " » : « " + text + " » : oui ou non attendu");
                    yield false;
                }
            };
        }

        BigDecimal amount(String key, BigDecimal fallback) {
            String text = text(key);
            if (text == null) {
                return fallback;
            }
            try {
                return new BigDecimal(text.replaceAll("[\\s\\u00A0€]", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(name + " : clé « " + key + " » : montant illisible « " + text + " »");
                return fallback;
            }
        }
    }
}

package fr.cession.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both bundles hold the same keys, every key used in code exists, and no key is left unused. */
class MessagesBundleTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/fr/cession/ui");
    /** Keys the code builds from a prefix and a value. */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("today.group.", "board.activity.",
            "field."); // field.<table>.<column>: FieldTextsTest
    /** The domain's messages, said by key ({@code domain.<key>}); {@link DomainMessageKeysTest} ties them to the domain. */
    private static final String DOMAIN = "domain.";
    private static final Pattern LITERAL = Pattern.compile(
            "\"((?:app|nav|menu|dialog|demo|status|checklist|today|board|order|form|approval|approvals|sync|conflict|refusal|history|accounts)\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/fr/cession/ui/messages_" + lang
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void frenchAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("en").stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(bundle("fr").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Properties fr = bundle("fr");
        Set<String> missing = new TreeSet<>();
        Matcher m = LITERAL.matcher(sources());
        while (m.find()) {
            if (!fr.containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noKeyIsLeftUnused() throws Exception {
        String code = sources();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle("fr").stringPropertyNames()) {
            boolean used = code.contains("\"" + key + "\"")
                    || DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith)
                    || key.startsWith(DOMAIN)
                    || enumKeyExists(key);
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyEnumShownOnScreenHasALabelForEachConstant() throws Exception {
        Properties fr = bundle("fr");
        Set<String> enums = new TreeSet<>();
        for (String key : fr.stringPropertyNames()) {
            if (key.startsWith("enum.")) {
                enums.add(key.split("\\.")[1]);
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String simple : enums) {
            for (Object c : enumClass(simple).getEnumConstants()) {
                String key = "enum." + simple + "." + ((Enum<?>) c).name();
                if (!fr.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesFormatAndFallBackToFrench() {
        assertThat(new Messages(Locale.GERMANY).get("nav.today")).isEqualTo("Ma journée");
        assertThat(new Messages(Locale.ENGLISH).get("nav.today")).isEqualTo("My day");
        assertThat(new Messages(Locale.FRANCE).get("today.group.AUJOURDHUI", 3)).isEqualTo("Aujourd'hui (3)");
        assertThat(new Messages(Locale.FRANCE).get("status.pending", 2)).isEqualTo("2 modifications en attente");
    }

    private static boolean enumKeyExists(String key) {
        if (!key.startsWith("enum.")) {
            return false;
        }
        String[] parts = key.split("\\.");
        try {
            for (Object c : enumClass(parts[1]).getEnumConstants()) {
                if (((Enum<?>) c).name().equals(parts[2])) {
                    return true;
                }
            }
        } catch (ClassNotFoundException e) {
            return false;
        }
        return false;
    }

    private static final String[] ENUM_PACKAGES = {"fr.cession.domain.order.", "fr.cession.domain.document.",
            "fr.cession.domain.payment.", "fr.cession.domain.user.", "fr.cession.domain.board.",
            "fr.cession.domain.audit.", "fr.cession.domain.approval.", "fr.cession.domain.validation.",
            "fr.cession.domain.activity.", "fr.cession.domain.aftersale.", "fr.cession.domain.account.", "fr.cession.domain.contact.", "fr.cession.ui.board.", "fr.cession.ui.neworder.", "fr.cession.ui.order.history.", "fr.cession.ui.reminder."};

    private static Class<?> enumClass(String simple) throws ClassNotFoundException {
        for (String pkg : ENUM_PACKAGES) {
            try {
                return Class.forName(pkg + simple);
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        throw new ClassNotFoundException(simple);
    }
}

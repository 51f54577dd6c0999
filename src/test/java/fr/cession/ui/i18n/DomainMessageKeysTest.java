package fr.cession.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key a domain message carries (a rule refusal, a field error) is in both bundles as
 * {@code domain.<key>}, and every {@code domain.} key of the bundles is one the domain uses.
 */
class DomainMessageKeysTest {

    private static final Path DOMAIN_SOURCES = Path.of("src/main/java/fr/cession/domain");
    /** Keys written whole: "rule.ct.missing", "field.required". */
    private static final Pattern WHOLE = Pattern.compile("\"((?:rule|field)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    /** The reason of Problems.invalid(field, value, "plate.format", ...), a key under field.invalid. */
    private static final Pattern REASON = Pattern.compile("Problems\\.invalid\\([^\"]*?\"([A-Za-z0-9_.]+)\"");
    /** Keys the domain builds from a prefix and an enum constant's name. */
    private static final Set<String> BUILT = Set.of("rule.approval.already.APPROUVEE", "rule.approval.already.REFUSEE",
            "rule.approval.already.RETIREE");

    private static Set<String> keysUsedByTheDomain() throws IOException {
        Set<String> keys = new TreeSet<>(BUILT);
        try (Stream<Path> files = Files.walk(DOMAIN_SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(p);
                Matcher whole = WHOLE.matcher(code);
                while (whole.find()) {
                    keys.add(whole.group(1));
                }
                Matcher reason = REASON.matcher(code);
                while (reason.find()) {
                    keys.add("field.invalid." + reason.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> domainKeys(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DomainMessageKeysTest.class.getResourceAsStream("/fr/cession/ui/messages_" + lang
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> out = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("domain.")) {
                out.add(k.substring("domain.".length()));
            }
        }
        return out;
    }

    @Test
    void everyDomainKeyIsInBothBundlesAndNoneIsLeftOver() throws IOException {
        Set<String> used = keysUsedByTheDomain();
        assertThat(used).contains("rule.ct.missing", "field.required", "field.invalid.plate.format");
        assertThat(domainKeys("fr")).containsExactlyInAnyOrderElementsOf(used);
        assertThat(domainKeys("en")).containsExactlyInAnyOrderElementsOf(used);
    }
}

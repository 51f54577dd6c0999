package fr.cession.ui.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: every visible string of the screens (the order file included) comes from the bundles. A string literal in these views and view models must be a
 * bundle key, a node id or style class (lowercase, hyphenated, as ids and CSS classes are here), a keyboard shortcut, or a language's own name.
 */
class ScreenStringsTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ID_OR_CLASS = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*-?");
    private static final Pattern SHORTCUT = Pattern.compile("(Shortcut\\+)?(F\\d{1,2}|[A-Z0-9])");
    /** Separators between bundle texts (" · ", " — ", " : ", a line break) say nothing in any language. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\p{Punct}·—–…→\\\\n]*");
    /** The language menu names each language in itself, whatever the interface language. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("Français", "English");

    /**
     * The shell, status bar, conflicts screen, history, the manager's inbox, Ma journée, the dialogs,
     * and every part of the order file: its page,
     * sections and side-panel forms (their view models build the labels and messages shown).
     */
    static Stream<String> screens() throws IOException {
        Path ui = Path.of("src/main/java/fr/cession/ui");
        List<String> files = new ArrayList<>(List.of("shell/MainView.java", "shell/MainViewModel.java",
                "status/StatusBarView.java", "status/StatusBarViewModel.java", "conflict/ConflictsView.java",
                "conflict/ConflictsViewModel.java", "conflict/ConflictSubjects.java", "conflict/Renumbering.java",
                "conflict/RenumberDialog.java", "order/history/HistoryPane.java",
                "order/history/HistoryViewModel.java", "desktop/DesktopWindow.java", "login/LoginView.java",
                "login/LoginViewModel.java", "desktop/LoginScreen.java", "inbox/InboxView.java",
                "inbox/InboxViewModel.java", "today/TodayView.java", "today/TodayViewModel.java",
                "dialog/FxDialogService.java", "i18n/ApprovalTexts.java", "accounts/AccountsView.java",
                "accounts/AccountsViewModel.java", "accounts/PersonPanel.java", "accounts/JournalPane.java",
                "customer/CustomerPageView.java", "customer/CustomerPageViewModel.java",
                "agenda/AgendaView.java", "agenda/AgendaViewModel.java", "agenda/InspectorBooking.java", "dashboard/DashboardView.java",
                "dashboard/DashboardViewModel.java", "dashboard/DashboardExport.java", "papers/ExportRunner.java",
                "customeraccount/CustomerAccountsView.java", "customeraccount/CustomerAccountsViewModel.java",
                "customeraccount/CustomerAccountsWindow.java", "neworder/AccountChoice.java"));
        try (Stream<Path> order = Files.list(ui.resolve("order"))) {
            order.filter(f -> f.toString().endsWith(".java")).map(f -> ui.relativize(f).toString())
                    .sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("screens")
    void everyStringShownComesFromTheBundles(String file) throws IOException {
        Properties fr = bundle();
        List<String> strays = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/java/fr/cession/ui", file))) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("@")
                    || code.contains("LOG.") || code.contains("getResource(") || code.contains("getPseudoClass(")) {
                continue;
            }
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String s = m.group(1);
                boolean ok = s.isEmpty() || fr.containsKey(s) || PUNCTUATION.matcher(s).matches()
                        || ID_OR_CLASS.matcher(s).matches() && (s.contains("-") || code.contains("setId(") || code.contains("StyleClass"))
                        || SHORTCUT.matcher(s).matches() && code.contains("item(")
                        || LANGUAGE_NAMES.contains(s)
                        // ids of any case, CSS selectors, format patterns, field paths and developers' own checks
                        || code.contains("setId(") && s.matches("[a-zA-Z][\\w-]*")
                        || code.contains("lookup") && s.matches("[.#][\\w-]+")
                        || code.contains("ofPattern(") || code.contains("requireNonNull(")
                        || code.contains("startsWith(") && s.matches("[a-z]+(\\.[a-zA-Z]+)*");
                if (!ok) {
                    strays.add("\"" + s + "\" in: " + code);
                }
            }
        }
        assertThat(strays).as("strings in %s that do not come from the bundles", file).isEmpty();
    }

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScreenStringsTest.class.getResourceAsStream("/fr/cession/ui/messages_fr.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

package fr.cession.cli.accounts;

import fr.cession.cli.CessionCommandLine;
import fr.cession.cli.HelpOption;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralAccounts.AccountRefusedException;
import fr.cession.sync.central.CentralAccounts.AssignedActivity;
import fr.cession.sync.protocol.CentralPerson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code cession comptes …}: an organisation's main account or manager runs its people's accounts
 * at the central database, connected as themselves. The central database decides what each may
 * do (its account functions check {@code session_user}); this command only asks and says its answer.
 */
@Command(name = "comptes",
        description = {"Comptes des personnes à la base centrale (compte principal ou manager de l'organisation,",
                "connecté avec CESSION_UTILISATEUR et CESSION_MOT_DE_PASSE)."})
public final class AccountsCommand implements Callable<Integer> {

    /** A new or reset password given by a script; otherwise one is drawn and shown once. */
    public static final String NEW_PASSWORD_VARIABLE = "CESSION_NOUVEAU_MOT_DE_PASSE";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm", Locale.FRANCE);

    private final Supplier<CentralAccounts> accounts;
    private final Map<String, String> environment;
    private final Clock clock;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    /** @param accounts the central database as the command line's person (asked when first used) */
    public AccountsCommand(Supplier<CentralAccounts> accounts, Map<String, String> environment, Clock clock) {
        this.accounts = accounts;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /** The command with its French help option on each sub-command too. */
    public static CommandLine commandLine(AccountsCommand command) {
        CommandLine cl = new CommandLine(command);
        cl.getSubcommands().values().forEach(sub -> sub.addMixin("aide", new HelpOption()));
        return cl;
    }

    /** Without a sub-command: what there is to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CessionCommandLine.USAGE_ERROR;
    }

    @Command(name = "liste", description = "Les personnes de l'organisation, leurs rôles et leur site.")
    int list() {
        return answer(() -> {
            PrintWriter out = out();
            for (CentralPerson p : accounts.get().people()) {
                out.printf("%-24s %-28s %-10s %-30s %s%n", p.login(), p.displayName(), p.site(),
                        String.join(",", p.roles()), p.active() ? "actif" : "désactivé");
            }
        });
    }

    @Command(name = "creer", description = "Crée le compte d'une personne de l'organisation (mot de passe tiré et affiché"
            + " une fois, ou pris dans " + NEW_PASSWORD_VARIABLE + ").")
    int create(@Parameters(paramLabel = "IDENTIFIANT") String login,
               @Option(names = "--nom", required = true, paramLabel = "NOM") String name,
               @Option(names = "--site", required = true, paramLabel = "CODE") String site,
               @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE",
                       description = "COMMERCIAL, ADV, MANAGER, ADMINISTRATEUR, RESPONSABLE_CHEQUES (séparés par des virgules).")
               List<String> roles,
               @Option(names = "--principal", description = "Compte principal de l'organisation.") boolean main,
               @Option(names = "--organisation", paramLabel = "UUID",
                       description = "Pour l'administrateur de la base centrale : l'organisation du compte.")
               UUID organisation) {
        return answer(() -> {
            CentralAccounts central = accounts.get();
            UUID org = organisation != null ? organisation : central.whoAmI().map(CentralPerson::organisationId)
                    .orElseThrow(() -> new IllegalArgumentException("--organisation : à donner quand on n'est pas une personne d'une organisation."));
            NewPassword password = newPassword();
            central.createPerson(login, password.value(), name, org, site, upper(roles), main);
            out().println("Compte « " + login + " » créé (" + String.join(", ", upper(roles)) + ", site " + site + ").");
            password.tell(out(), login);
        });
    }

    @Command(name = "desactiver", description = "Refuse la connexion de la personne partout, et liste ses activités ouvertes à réattribuer.")
    int disable(@Parameters(paramLabel = "IDENTIFIANT") String login) {
        return answer(() -> {
            CentralAccounts central = accounts.get();
            central.disable(login);
            out().println("Compte « " + login + " » désactivé : aucune connexion, en ligne ni hors ligne après la "
                    + "prochaine vérification en ligne du poste.");
            List<AssignedActivity> open = central.openActivitiesOf(login);
            if (open.isEmpty()) {
                out().println("Aucune activité ouverte à son nom.");
                return;
            }
            out().println(open.size() + " activité(s) ouverte(s) à réattribuer :");
            ZoneId zone = clock.getZone();
            for (AssignedActivity a : open) {
                out().println("  " + a.orderNumber() + "  " + DUE.format(a.dueAt().atZone(zone)) + "  " + a.title());
            }
        });
    }

    @Command(name = "mot-de-passe", description = "Donne un nouveau mot de passe (tiré et affiché une fois, ou pris dans "
            + NEW_PASSWORD_VARIABLE + ").")
    int resetPassword(@Parameters(paramLabel = "IDENTIFIANT") String login) {
        return answer(() -> {
            NewPassword password = newPassword();
            accounts.get().resetPassword(login, password.value());
            out().println("Mot de passe de « " + login + " » changé.");
            password.tell(out(), login);
        });
    }

    @Command(name = "roles", description = "Remplace les rôles de la personne.")
    int roles(@Parameters(index = "0", paramLabel = "IDENTIFIANT") String login,
              @Parameters(index = "1..*", arity = "1..*", paramLabel = "ROLE") List<String> roles) {
        return answer(() -> {
            accounts.get().setRoles(login, upper(roles));
            out().println("Rôles de « " + login + " » : " + String.join(", ", upper(roles)) + ".");
        });
    }

    @Command(name = "site", description = "Rattache la personne à un autre site de l'organisation.")
    int site(@Parameters(index = "0", paramLabel = "IDENTIFIANT") String login,
             @Parameters(index = "1", paramLabel = "SITE") String site) {
        return answer(() -> {
            accounts.get().moveToSite(login, site);
            out().println("« " + login + " » est maintenant rattaché au site " + site + ".");
        });
    }

    @Command(name = "journal", description = "Le journal des comptes : connexions, comptes, rôles, décisions du manager"
            + " (managers et compte principal).")
    int journal(@Option(names = "--depuis", paramLabel = "AAAA-MM-JJ") LocalDate since,
                @Option(names = "--csv", paramLabel = "FICHIER.csv",
                        description = "Écrit le journal en CSV (UTF-8, « ; », pour Excel).") Path csv) {
        return answer(() -> {
            var events = accounts.get().journal(since == null ? null : since.atStartOfDay(clock.getZone()).toInstant());
            if (csv != null) {
                AccountJournalCsv.write(events, csv, clock.getZone());
                out().println(events.size() + " ligne(s) du journal écrites dans " + csv);
                return;
            }
            ZoneId zone = clock.getZone();
            for (var e : events) {
                out().println(DUE.format(e.at().atZone(zone)) + "  " + e.actor() + "  " + AccountJournalCsv.label(e.action())
                        + (e.target() == null ? "" : "  " + e.target()) + (e.detail() == null ? "" : "  " + e.detail()));
            }
        });
    }

    private NewPassword newPassword() {
        String given = environment.get(NEW_PASSWORD_VARIABLE);
        return given != null && !given.isEmpty() ? new NewPassword(given.toCharArray(), false)
                : new NewPassword(PasswordDraw.draw(), true);
    }

    /** A password for someone else: shown only when this command drew it. */
    private record NewPassword(char[] value, boolean drawn) {
        void tell(PrintWriter out, String login) {
            if (drawn) {
                out.println("Mot de passe à remettre à « " + login + " » (affiché une seule fois) : " + new String(value));
            }
        }
    }

    private static List<String> upper(List<String> roles) {
        return roles.stream().map(r -> r.trim().toUpperCase(Locale.ROOT)).toList();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The central database's refusal (its own French reason) is a business error, not a crash. */
    private int answer(Runnable request) {
        try {
            request.run();
            out().flush();
            return CessionCommandLine.OK;
        } catch (AccountRefusedException e) {
            spec.commandLine().getErr().println("Refusé par la base centrale : " + e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CessionCommandLine.USAGE_ERROR;
        }
    }
}

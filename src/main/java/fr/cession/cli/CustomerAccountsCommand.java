package fr.cession.cli;

import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.account.Names;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import fr.cession.domain.workflow.CustomerAccountDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code cession comptes-clients …}: the customer accounts of seed 000 (a professional and its buyer
 * sub-accounts) and of 004:13 (a company and the people it authorises to collect), in this desktop's
 * store; the next synchronisation sends them to the organisation's central register.
 */
@Command(name = "comptes-clients",
        description = {"Comptes clients (société ou professionnel) et leurs personnes : sous-comptes acheteurs,",
                "personnes autorisées à récupérer un véhicule. Envoyés à la base centrale à la synchronisation."})
final class CustomerAccountsCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--base", paramLabel = "FICHIER", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Fichier de base H2 à utiliser à la place de celui de la configuration.")
    Path base;

    CustomerAccountsCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CessionCommandLine.USAGE_ERROR;
    }

    @Command(name = "liste", description = "Les comptes clients, leurs conditions et leurs personnes.")
    int list() {
        return withDesk(desk -> {
            PrintWriter out = out();
            if (desk.all().isEmpty()) {
                out.println("Aucun compte client.");
            }
            for (CustomerAccount a : desk.all()) {
                out.printf("%s (%s)%s : acompte %d %%, commission %s €%s%n", a.name(), a.kind().label(),
                        a.reference() == null ? "" : ", " + a.reference(), a.depositPercent(),
                        BigDecimal.valueOf(a.commissionCents(), 2).toPlainString(), a.active() ? "" : " — désactivé");
                for (AccountMember m : a.members()) {
                    out.printf("    %s%s%s%n", m.name(), m.idNumber() == null ? "" : " (" + m.idNumber() + ")",
                            m.active() ? "" : " — désactivée");
                }
            }
            return null;
        });
    }

    @Command(name = "creer", description = "Crée un compte client.")
    int create(@Parameters(paramLabel = "NOM", description = "Nom de la société ou du professionnel.") String name,
               @Option(names = "--type", required = true, paramLabel = "TYPE",
                       description = "SOCIETE (acheteur société, 004:13) ou PROFESSIONNEL (marchand, courtier : seed 000).")
               String kind,
               @Option(names = "--siren", paramLabel = "SIREN") String reference,
               @Option(names = "--contact", paramLabel = "E-MAIL/TEL",
                       description = "Où vont le paiement et les relances.") String contact,
               @Option(names = "--acompte", paramLabel = "POURCENT",
                       description = "Acompte exigé avant de quitter « réservée » (par défaut : config/comptes-clients.properties).")
               Integer deposit,
               @Option(names = "--commission", paramLabel = "EUROS") BigDecimal commission) {
        return withDesk(desk -> {
            CustomerAccount a = desk.create(kind(kind), name, reference, contact, deposit, commission);
            out().println("Compte client « " + a.name() + " » créé (" + a.kind().label() + ", acompte "
                    + a.depositPercent() + " %).");
            return null;
        });
    }

    @Command(name = "ajouter", description = "Ajoute une personne au compte : sous-compte acheteur, ou personne autorisée "
            + "à récupérer un véhicule pour une société.")
    int addMember(@Parameters(index = "0", paramLabel = "COMPTE") String account,
                  @Parameters(index = "1", paramLabel = "PERSONNE", description = "Nom et prénom.") String name,
                  @Option(names = "--piece", paramLabel = "NUMERO",
                          description = "N° de permis ou de pièce d'identité (obligatoire pour une société).") String id,
                  @Option(names = "--telephone", paramLabel = "TEL") String phone,
                  @Option(names = "--email", paramLabel = "E-MAIL") String email) {
        return withDesk(desk -> {
            CustomerAccount a = desk.addMember(find(desk, account).id(), name, id, phone, email);
            out().println("« " + name.strip() + " » ajouté(e) au compte « " + a.name() + " ».");
            return null;
        });
    }

    @Command(name = "desactiver", description = "Désactive une personne du compte (elle ne récupère plus de véhicule "
            + "et ne commande plus pour lui).")
    int disableMember(@Parameters(index = "0", paramLabel = "COMPTE") String account,
                      @Parameters(index = "1", paramLabel = "PERSONNE") String name) {
        return withDesk(desk -> {
            CustomerAccount a = find(desk, account);
            AccountMember m = a.activeMemberNamed(name).orElseThrow(() -> new ValidationException(new FieldError(
                    "member", "Personne « " + name + " » : aucune personne active de ce nom sur le compte « " + a.name()
                    + " »")));
            desk.disableMember(a.id(), m.id());
            out().println("« " + m.name() + " » désactivé(e) sur le compte « " + a.name() + " ».");
            return null;
        });
    }

    private static CustomerAccountKind kind(String text) {
        try {
            return CustomerAccountKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new FieldError("account.kind", "--type « " + text
                    + " » : SOCIETE ou PROFESSIONNEL attendu"));
        }
    }

    private static CustomerAccount find(CustomerAccountDesk desk, String name) {
        return desk.all().stream().filter(a -> Names.key(a.name()).equals(Names.key(name))).findFirst()
                .orElseThrow(() -> new ValidationException(new FieldError("account", "Compte client « " + name
                        + " » : introuvable (voir « comptes-clients liste »)")));
    }

    private int withDesk(Function<CustomerAccountDesk, Void> work) {
        try (StoreSession store = env.openStore(base, false)) {
            work.apply(store.customerAccounts());
            return CessionCommandLine.OK;
        } catch (ValidationException e) {
            e.errors().forEach(x -> spec.commandLine().getErr().println(x.message()));
            return CessionCommandLine.BUSINESS_ERROR;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}

package fr.cession.domain.workflow;

import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.account.CustomerAccountRegister;
import fr.cession.domain.account.CustomerAccountSettings;
import fr.cession.domain.account.Names;

import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Creating and keeping customer accounts (seed 000: the main account and its sub-accounts; 004:13:
 * a company's authorised collectors). Bad input is refused whole, each field with its reason.
 */
public final class CustomerAccountDesk {

    private final CustomerAccountRegister register;
    private final CustomerAccountSettings settings;
    private final Supplier<UUID> ids;

    public CustomerAccountDesk(CustomerAccountRegister register, CustomerAccountSettings settings, Supplier<UUID> ids) {
        this.register = register;
        this.settings = settings;
        this.ids = ids;
    }

    public CustomerAccountSettings settings() {
        return settings;
    }

    public List<CustomerAccount> all() {
        return register.all();
    }

    /** Why the central database refused an account or a member, by its id. */
    public java.util.Map<UUID, String> refusals() {
        return register.refusals();
    }

    /**
     * A new account; {@code depositPercent} null takes the configured default (000's 15 %), and
     * {@code commission} null is none.
     */
    public CustomerAccount create(CustomerAccountKind kind, String name, String reference, String contact,
                                  Integer depositPercent, BigDecimal commission) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("account.kind", "Type de compte : société ou professionnel attendu"));
        }
        String n = trim(name);
        if (n == null) {
            errors.add(new FieldError("account.name", "Nom du compte : obligatoire"));
        } else if (n.length() > 160) {
            errors.add(new FieldError("account.name", "Nom du compte : 160 caractères au plus"));
        } else if (register.all().stream().anyMatch(a -> Names.key(a.name()).equals(Names.key(n)))) {
            errors.add(new FieldError("account.name", "Nom du compte « " + n + " » : un compte porte déjà ce nom"));
        }
        int deposit = depositPercent == null ? settings.defaultDepositPercent() : depositPercent;
        long cents = terms(deposit, commission, errors);
        limit(errors, "account.reference", "Référence (SIREN)", reference, 40);
        limit(errors, "account.contact", "Contact pour les relances", contact, 160);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CustomerAccount account = new CustomerAccount(ids.get(), kind, n, trim(reference), trim(contact), deposit,
                cents, true, List.of());
        register.save(account);
        return account;
    }

    /** A sub-account: for a company, a person it authorises to collect (004:13), with their ID or licence number. */
    public CustomerAccount addMember(UUID accountId, String name, String idNumber, String phone, String email) {
        CustomerAccount account = load(accountId);
        List<FieldError> errors = new ArrayList<>();
        String n = trim(name);
        if (n == null) {
            errors.add(new FieldError("member.name", "Nom de la personne : obligatoire"));
        } else if (account.activeMemberNamed(n).isPresent()) {
            errors.add(new FieldError("member.name", "Nom de la personne « " + n + " » : déjà sur la liste du compte « "
                    + account.name() + " »"));
        }
        String id = trim(idNumber);
        if (id == null && account.kind() == CustomerAccountKind.SOCIETE) {
            errors.add(new FieldError("member.idNumber",
                    "N° de permis ou de pièce d'identité : obligatoire pour une personne qui récupère un véhicule (004:13)"));
        }
        limit(errors, "member.name", "Nom de la personne", n, 160);
        limit(errors, "member.idNumber", "N° de permis ou de pièce d'identité", id, 40);
        limit(errors, "member.phone", "Téléphone", phone, 30);
        String mail = trim(email);
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("member.email", "E-mail « " + mail + " » : adresse invalide"));
        }
        limit(errors, "member.email", "E-mail", mail, 160);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<AccountMember> members = new ArrayList<>(account.members());
        members.add(new AccountMember(ids.get(), accountId, n, id, trim(phone), mail, true));
        CustomerAccount saved = account.withMembers(members);
        register.save(saved);
        return saved;
    }

    /** The member can no longer collect nor order for the account; what they did stays. */
    public CustomerAccount disableMember(UUID accountId, UUID memberId) {
        CustomerAccount account = load(accountId);
        AccountMember member = account.member(memberId).orElseThrow(() -> new ValidationException(
                new FieldError("member", "Personne inconnue du compte « " + account.name() + " »")));
        CustomerAccount saved = account.withMembers(account.members().stream()
                .map(m -> m.id().equals(member.id()) ? m.disabled() : m).toList());
        register.save(saved);
        return saved;
    }

    /** The deposit (000: « acompte de 15% ») and the commission the account charges, for the orders placed from now on. */
    public CustomerAccount setTerms(UUID accountId, int depositPercent, BigDecimal commission) {
        CustomerAccount account = load(accountId);
        List<FieldError> errors = new ArrayList<>();
        long cents = terms(depositPercent, commission, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CustomerAccount saved = account.withTerms(depositPercent, cents);
        register.save(saved);
        return saved;
    }

    public CustomerAccount disable(UUID accountId) {
        CustomerAccount saved = load(accountId).withActive(false);
        register.save(saved);
        return saved;
    }

    public CustomerAccount load(UUID accountId) {
        return register.find(accountId).orElseThrow(() -> new NoSuchElementException("Compte client introuvable : "
                + accountId));
    }

    private static long terms(int deposit, BigDecimal commission, List<FieldError> errors) {
        if (deposit < 0 || deposit > 100) {
            errors.add(new FieldError("account.deposit", "Acompte : un pourcentage de 0 à 100 est attendu (reçu "
                    + deposit + ")"));
        }
        if (commission == null) {
            return 0;
        }
        if (commission.signum() < 0 || commission.scale() > 2 && commission.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("account.commission", "Commission : un montant positif en euros, au centime près, "
                    + "est attendu (reçu " + commission.toPlainString() + ")"));
            return 0;
        }
        return commission.movePointRight(2).longValue();
    }

    private static void limit(List<FieldError> errors, String field, String label, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, label + " : " + max + " caractères au plus"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

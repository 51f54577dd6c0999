package fr.cession.domain.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer account (seed 000's « Compte principal »): the company or professional that holds
 * it is responsible for what its members commit, pays, and receives the reminders.
 *
 * @param reference       SIREN or any reference the organisation files it under; may be empty
 * @param contact         where payment reminders go (e-mail or phone of the holder)
 * @param depositPercent  the deposit it requires before an order leaves réservée (000: « acompte de 15% »)
 * @param commissionCents the commission it charges on each order (000: « Des commissions »)
 */
public record CustomerAccount(UUID id, CustomerAccountKind kind, String name, String reference, String contact,
                              int depositPercent, long commissionCents, boolean active, List<AccountMember> members) {

    public CustomerAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        members = members == null ? List.of() : List.copyOf(members);
    }

    public List<AccountMember> activeMembers() {
        return members.stream().filter(AccountMember::active).toList();
    }

    public Optional<AccountMember> member(UUID memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    /** The active member with this name, as a person typed it at the hand-over. */
    public Optional<AccountMember> activeMemberNamed(String typed) {
        return activeMembers().stream().filter(m -> m.isNamed(typed)).findFirst();
    }

    public CustomerAccount withMembers(List<AccountMember> newMembers) {
        return new CustomerAccount(id, kind, name, reference, contact, depositPercent, commissionCents, active,
                newMembers);
    }

    public CustomerAccount withTerms(int newDepositPercent, long newCommissionCents) {
        return new CustomerAccount(id, kind, name, reference, contact, newDepositPercent, newCommissionCents, active,
                members);
    }

    public CustomerAccount withActive(boolean newActive) {
        return new CustomerAccount(id, kind, name, reference, contact, depositPercent, commissionCents, newActive,
                members);
    }
}

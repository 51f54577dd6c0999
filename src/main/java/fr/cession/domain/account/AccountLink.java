package fr.cession.domain.account;

import java.util.UUID;

/**
 * The customer account an order was placed for, kept on the order itself so that every desktop
 * decides its rules offline from the order file alone. The terms are those of the account when the
 * order was placed (a later change of the account's terms does not rewrite an order in progress).
 *
 * @param subAccountId    the member (sub-account) that placed the order, or null
 * @param depositPercent  the deposit the main account requires, in % of the vehicle's price
 * @param commissionCents the commission the main account charges on this order
 * @param collectorId     the member recorded as collecting the vehicle at the hand-over, or null
 */
public record AccountLink(UUID accountId, String accountName, CustomerAccountKind kind, UUID subAccountId,
                          String subAccountName, Integer depositPercent, Long commissionCents, UUID collectorId) {

    public static final AccountLink NONE = new AccountLink(null, null, null, null, null, null, null, null);

    public boolean present() {
        return accountId != null;
    }

    public boolean company() {
        return present() && kind == CustomerAccountKind.SOCIETE;
    }

    public int deposit() {
        return depositPercent == null ? 0 : depositPercent;
    }

    public long commission() {
        return commissionCents == null ? 0 : commissionCents;
    }

    public AccountLink withCollector(UUID memberId) {
        return new AccountLink(accountId, accountName, kind, subAccountId, subAccountName, depositPercent,
                commissionCents, memberId);
    }

    /** The order placed for {@code account}, through {@code member} when not null, on the account's current terms. */
    public static AccountLink of(CustomerAccount account, AccountMember member) {
        return new AccountLink(account.id(), account.name(), account.kind(), member == null ? null : member.id(),
                member == null ? null : member.name(), account.depositPercent(), account.commissionCents(), null);
    }
}

package fr.cession.ui;

import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the screens do with customer accounts (seed 000, 004:13): keep the register, and record who
 * collects a company's vehicle at the hand-over. Refusals are the domain's own exceptions, in French.
 * Every call reads or writes the store: never on the FX thread.
 */
public interface CustomerAccountActions {

    /** A desktop without customer accounts: an empty register, and every change refused with the reason. */
    CustomerAccountActions NONE = new CustomerAccountActions() {
    };

    default List<CustomerAccount> accounts() {
        return List.of();
    }

    /** Why the central database refused an account or a member, by its id; shown until a person changes it. */
    default java.util.Map<UUID, String> refusals() {
        return java.util.Map.of();
    }

    /** The deposit a new account starts with (config/comptes-clients.properties, 000's 15 % by default). */
    default int defaultDepositPercent() {
        return 15;
    }

    default CustomerAccount create(CustomerAccountKind kind, String name, String reference, String contact,
                                   Integer depositPercent, BigDecimal commission) {
        throw unavailable();
    }

    default CustomerAccount addMember(UUID accountId, String name, String idNumber, String phone, String email) {
        throw unavailable();
    }

    default CustomerAccount disableMember(UUID accountId, UUID memberId) {
        throw unavailable();
    }

    default CustomerAccount setTerms(UUID accountId, int depositPercent, BigDecimal commission) {
        throw unavailable();
    }

    /** 004:13: the person collecting the vehicle at the hand-over; refused for a company's unlisted person. */
    default OrderFile recordCollector(UUID orderId, String collectorName, Actor actor) {
        throw unavailable();
    }

    private static IllegalStateException unavailable() {
        return new IllegalStateException("Comptes clients indisponibles sur ce poste");
    }
}

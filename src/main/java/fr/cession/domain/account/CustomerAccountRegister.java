package fr.cession.domain.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation's customer accounts and their members, as this desktop knows them (its cache of
 * the central register, or its own when it works alone). A save is marked to be sent at the next
 * synchronisation.
 */
public interface CustomerAccountRegister {

    /** Every account, active or not, by name. */
    List<CustomerAccount> all();

    Optional<CustomerAccount> find(UUID id);

    /** The account and all its members, in one write. */
    void save(CustomerAccount account);
}

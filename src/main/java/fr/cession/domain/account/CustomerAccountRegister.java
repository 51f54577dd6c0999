package fr.cession.domain.account;

import java.util.List;
import java.util.Map;
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

    /** Why the central database refused an account or a member, by its id (nothing for a desktop alone). */
    default Map<UUID, String> refusals() {
        return Map.of();
    }

    /** The account and all its members, in one write; a new change clears an earlier refusal. */
    void save(CustomerAccount account);
}

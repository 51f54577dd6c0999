package fr.cession.domain.account;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A customer-account register in memory, for the domain's tests. */
public final class InMemoryCustomerAccounts implements CustomerAccountRegister {

    private final Map<UUID, CustomerAccount> accounts = new LinkedHashMap<>();

    @Override
    public List<CustomerAccount> all() {
        return accounts.values().stream().sorted(Comparator.comparing(CustomerAccount::name)).toList();
    }

    @Override
    public Optional<CustomerAccount> find(UUID id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public void save(CustomerAccount account) {
        accounts.put(account.id(), account);
    }
}

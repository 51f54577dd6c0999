package fr.cession.store;

import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.account.CustomerAccountRegister;
import fr.cession.store.schema.tables.records.CustomerAccountMemberRecord;
import fr.cession.store.schema.tables.records.CustomerAccountRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.cession.store.schema.Tables.CUSTOMER_ACCOUNT;
import static fr.cession.store.schema.Tables.CUSTOMER_ACCOUNT_MEMBER;

/**
 * The desktop's copy of the organisation's customer accounts (local V97). A save marks the account
 * and its members pending: the next synchronisation sends them to the central register.
 */
public final class JooqCustomerAccounts implements CustomerAccountRegister {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqCustomerAccounts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public List<CustomerAccount> all() {
        Map<UUID, List<AccountMember>> members = dsl.selectFrom(CUSTOMER_ACCOUNT_MEMBER)
                .orderBy(CUSTOMER_ACCOUNT_MEMBER.NAME).fetch().stream().map(JooqCustomerAccounts::member)
                .collect(Collectors.groupingBy(AccountMember::accountId));
        return dsl.selectFrom(CUSTOMER_ACCOUNT).orderBy(CUSTOMER_ACCOUNT.NAME).fetch().stream()
                .map(r -> account(r, members.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Override
    public Optional<CustomerAccount> find(UUID id) {
        return dsl.selectFrom(CUSTOMER_ACCOUNT).where(CUSTOMER_ACCOUNT.ID.eq(id)).fetchOptional()
                .map(r -> account(r, dsl.selectFrom(CUSTOMER_ACCOUNT_MEMBER)
                        .where(CUSTOMER_ACCOUNT_MEMBER.ACCOUNT_ID.eq(id)).orderBy(CUSTOMER_ACCOUNT_MEMBER.NAME)
                        .fetch().stream().map(JooqCustomerAccounts::member).toList()));
    }

    @Override
    public void save(CustomerAccount account) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        dsl.transaction(tx -> {
            DSLContext t = DSL.using(tx);
            Optional<CustomerAccount> before = new JooqCustomerAccounts(t, clock).find(account.id());
            if (before.map(b -> !same(b, account)).orElse(true)) {
                t.insertInto(CUSTOMER_ACCOUNT).set(record(account, now, true)).onDuplicateKeyUpdate()
                        .set(record(account, now, true)).execute();
            }
            for (AccountMember m : account.members()) {
                boolean unchanged = before.flatMap(b -> b.member(m.id())).map(m::equals).orElse(false);
                if (!unchanged) {
                    t.insertInto(CUSTOMER_ACCOUNT_MEMBER).set(record(m, now, true)).onDuplicateKeyUpdate()
                            .set(record(m, now, true)).execute();
                }
            }
        });
    }

    /** The central database's reasons for the accounts and members it refused, by their id. */
    @Override
    public Map<UUID, String> refusals() {
        Map<UUID, String> out = new java.util.HashMap<>();
        dsl.select(CUSTOMER_ACCOUNT.ID, CUSTOMER_ACCOUNT.REFUSAL).from(CUSTOMER_ACCOUNT)
                .where(CUSTOMER_ACCOUNT.REFUSAL.isNotNull()).forEach(r -> out.put(r.value1(), r.value2()));
        dsl.select(CUSTOMER_ACCOUNT_MEMBER.ID, CUSTOMER_ACCOUNT_MEMBER.REFUSAL).from(CUSTOMER_ACCOUNT_MEMBER)
                .where(CUSTOMER_ACCOUNT_MEMBER.REFUSAL.isNotNull()).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private static boolean same(CustomerAccount a, CustomerAccount b) {
        return a.withMembers(List.of()).equals(b.withMembers(List.of()));
    }

    public static CustomerAccountRecord record(CustomerAccount a, OffsetDateTime at, boolean pending) {
        CustomerAccountRecord r = new CustomerAccountRecord();
        r.setId(a.id());
        r.setKind(a.kind().name());
        r.setName(a.name());
        r.setReference(a.reference());
        r.setContact(a.contact());
        r.setDepositPercent(a.depositPercent());
        r.setCommissionCents(a.commissionCents());
        r.setActive(a.active());
        r.setModifiedAt(at);
        r.setPending(pending);
        r.setRefusal(null);
        return r;
    }

    public static CustomerAccountMemberRecord record(AccountMember m, OffsetDateTime at, boolean pending) {
        CustomerAccountMemberRecord r = new CustomerAccountMemberRecord();
        r.setId(m.id());
        r.setAccountId(m.accountId());
        r.setName(m.name());
        r.setIdNumber(m.idNumber());
        r.setPhone(m.phone());
        r.setEmail(m.email());
        r.setActive(m.active());
        r.setModifiedAt(at);
        r.setPending(pending);
        r.setRefusal(null);
        return r;
    }

    private static CustomerAccount account(CustomerAccountRecord r, List<AccountMember> members) {
        return new CustomerAccount(r.getId(), CustomerAccountKind.valueOf(r.getKind()), r.getName(), r.getReference(),
                r.getContact(), r.getDepositPercent(), r.getCommissionCents(), r.getActive(), members);
    }

    private static AccountMember member(CustomerAccountMemberRecord r) {
        return new AccountMember(r.getId(), r.getAccountId(), r.getName(), r.getIdNumber(), r.getPhone(), r.getEmail(),
                r.getActive());
    }
}

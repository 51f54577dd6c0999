package fr.cession.domain.account;

import java.util.Objects;
import java.util.UUID;

/**
 * A sub-account of a customer account: for a company, a person it authorises to collect a vehicle
 * (004:13 « Permis de la personne qui récupère le VO », hence the licence or ID number); for a
 * professional, a buyer placing orders through it (000).
 *
 * @param idNumber the ID card or driving licence number checked at the hand-over
 */
public record AccountMember(UUID id, UUID accountId, String name, String idNumber, String phone, String email,
                            boolean active) {

    public AccountMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
    }

    public AccountMember disabled() {
        return new AccountMember(id, accountId, name, idNumber, phone, email, false);
    }

    /** The same person, whatever the case, accents and spaces a person typed. */
    public boolean isNamed(String typed) {
        return typed != null && Names.key(typed).equals(Names.key(name));
    }
}

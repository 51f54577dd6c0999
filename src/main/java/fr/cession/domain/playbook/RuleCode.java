package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules coded in the domain that the playbook's transitions may require by name ("regles").
 * Each is enforced in {@code fr.cession.domain.rules}; the playbook decides where it applies.
 */
public enum RuleCode {
    /** 004:26 hand-over date set, at least 10 days after the reservation, at most 15 unless a manager approved. */
    DELAI_CESSION("delai_cession"),
    /** 004:10 funds received 48 h before the appointment or delivery ("si pas de fond pas de rdv"). */
    FONDS_48H("fonds_48h"),
    /** 004:40 with a transfer, the transfer order confirmed 72 h before the appointment or delivery. */
    VIREMENT_72H("virement_72h"),
    /** 004:41 with credit, the credit approved without conditions (credit offer validated) by J-3. */
    CREDIT_SANS_RESERVE("credit_sans_reserve"),
    /** 004:43 every document the order requires validated, and still valid. */
    DOCUMENTS_VALIDES("documents_valides"),
    /** 004:42 CT report received and valid at the sale (under 6 months for a vehicle over 4 years). */
    CT_VALIDE("ct_valide"),
    /** 004:53 with credit, the N+1 moved the funds from the lender's wallet (an approved request). */
    FONDS_CREDIT_TRANSFERES("fonds_credit_transferes"),
    /** 004:58 every activity of the order done before it is closed. */
    ACTIVITES_TERMINEES("activites_terminees"),
    /** 003:9 red flags at the playbook's threshold: a manager reviewed the order (an approved request). */
    REVUE_FRAUDE("revue_fraude");

    private final String code;

    RuleCode(String code) {
        this.code = code;
    }

    /**
     * Documents the rule needs in the order's list to hold, when it concerns the order: the
     * playbook must request them before the status whose transition names the rule.
     */
    public List<DocumentType> documentsNeeded() {
        return this == CT_VALIDE ? List.of(DocumentType.RAPPORT_CT) : List.of();
    }

    /** The name the playbook uses. */
    public String code() {
        return code;
    }

    public static Optional<RuleCode> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}

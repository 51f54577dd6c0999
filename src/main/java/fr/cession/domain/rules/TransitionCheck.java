package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.TransitionRequirements;
import fr.cession.domain.risk.FraudSignals;
import fr.cession.domain.risk.SharedContacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that stands between an order and a status: what the playbook requires for that
 * status (checklist lines, documents in hand, named rules), each named rule evaluated by the
 * class that encodes it. A rule that does not concern the order (the transfer rule for a cheque
 * payment) holds. The same message is reported once.
 */
public final class TransitionCheck {

    private final Playbook playbook;
    private final Map<RuleCode, OrderRule> rules = new EnumMap<>(RuleCode.class);
    private final ChecklistLinesTicked lines = new ChecklistLinesTicked();
    private final DocumentsInHand documents = new DocumentsInHand();

    public TransitionCheck(Playbook playbook) {
        this(playbook, SharedContacts.NONE);
    }

    /** @param shared where other orders with the same phone or e-mail are found (the store) */
    public TransitionCheck(Playbook playbook, SharedContacts shared) {
        this.playbook = playbook;
        var s = playbook.settings();
        var zone = playbook.zone();
        CompanyBuyerPapers company = new CompanyBuyerPapers();
        DocumentsValid documentsValid = new DocumentsValid(playbook);
        TransferOrderConfirmed transfer = new TransferOrderConfirmed(s, zone);
        rules.put(RuleCode.DELAI_CESSION, new HandoverWindow(s));
        rules.put(RuleCode.FONDS_48H, new FundsBeforeAppointment(s, zone));
        rules.put(RuleCode.VIREMENT_72H, (f, now) -> concat(transfer.check(f, now), company.transferHolder(f)));
        rules.put(RuleCode.CREDIT_SANS_RESERVE, new CreditApprovedWithoutConditions(s, zone));
        rules.put(RuleCode.DOCUMENTS_VALIDES, (f, now) -> concat(documentsValid.check(f, now), company.papers(f)));
        // 004:42: the CT report blocks only an order whose documents list it, where the person can mark it received
        rules.put(RuleCode.CT_VALIDE, new CtReportValid(s, zone,
                f -> playbook.requiredDocuments(f).contains(fr.cession.domain.document.DocumentType.RAPPORT_CT)));
        rules.put(RuleCode.FONDS_CREDIT_TRANSFERES, new CreditFundsTransferred());
        rules.put(RuleCode.ACTIVITES_TERMINEES, new ActivitiesFinished());
        rules.put(RuleCode.REVUE_FRAUDE, new FraudReviewedBeforeHandover(
                new FraudSignals(playbook.fraudSettings(), shared)));
    }

    /** The reasons the order may not enter {@code target} now; empty when it may. */
    public List<RuleViolation> check(OrderFile file, OrderStatus target, Instant now) {
        TransitionRequirements req = playbook.requirementsFor(target);
        List<RuleViolation> all = new ArrayList<>();
        all.addAll(lines.check(file, req.lineCodes()));
        all.addAll(documents.check(file, target, req.documents(), documentsSeedRef(target, req)));
        for (RuleCode code : req.rules()) {
            all.addAll(rules.get(code).check(file, now));
        }
        all.addAll(CustomerAccountRules.check(file, target));
        Map<String, RuleViolation> once = new LinkedHashMap<>();
        all.forEach(v -> once.putIfAbsent(v.message(), v));
        return List.copyOf(once.values());
    }

    /** The rule class that encodes a playbook rule name. */
    public OrderRule rule(RuleCode code) {
        return rules.get(code);
    }

    private static String documentsSeedRef(OrderStatus target, TransitionRequirements req) {
        if (target == OrderStatus.VENDUE) {
            return "004:50";
        }
        return req.line() > 0 ? "playbook:" + req.line() : null;
    }

    private static List<RuleViolation> concat(List<RuleViolation> a, List<RuleViolation> b) {
        List<RuleViolation> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

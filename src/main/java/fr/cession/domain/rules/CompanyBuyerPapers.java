package fr.cession.domain.rules;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 004:13 "Si pro : Kbis, Cni du gérant, Permis de la personne qui récupère le vo, VIR fait au nom
 * de la société". The papers are checked by {@link #papers}; the transfer by {@link #transferHolder}:
 * for a company paying by transfer, each customer transfer's {@code reference} records the holder
 * of the ordering account as read on the bank statement, which must name the company (its name
 * or its SIREN). A plain check rather than a bank lookup, which the product does not have.
 */
public final class CompanyBuyerPapers implements OrderRule {

    public static final String SEED = "004:13";
    public static final List<DocumentType> PAPERS =
            List.of(DocumentType.KBIS, DocumentType.CNI_GERANT, DocumentType.PERMIS_COLLECTEUR);

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        List<RuleViolation> out = new ArrayList<>(papers(file));
        out.addAll(transferHolder(file));
        return out;
    }

    public List<RuleViolation> papers(OrderFile file) {
        if (!file.order().isCompanyBuyer()) {
            return List.of();
        }
        List<RuleViolation> out = new ArrayList<>();
        for (DocumentType type : PAPERS) {
            boolean ok = file.document(type).map(d -> d.status() == DocumentStatus.VALIDE).orElse(false);
            if (!ok) {
                out.add(RuleViolation.of(CODE, SEED, "rule.company.notValidated",
                        "Acheteur société : " + type.label() + " non validé", type));
            }
        }
        return out;
    }

    public List<RuleViolation> transferHolder(OrderFile file) {
        if (!file.order().isCompanyBuyer() || file.order().paymentMethod() != PaymentMethod.VIR) {
            return List.of();
        }
        Customer c = file.order().customer();
        List<RuleViolation> out = new ArrayList<>();
        for (Payment p : Paperwork.customerPayments(file)) {
            if (p.method() == PaymentMethod.VIR && !namesCompany(p.reference(), c)) {
                boolean none = p.reference() == null || p.reference().isBlank();
                out.add(RuleViolation.of(CODE, SEED, none ? "rule.company.transferNoHolder" : "rule.company.transferHolder",
                        "Acheteur société : le virement de " + Formats.euros(p.amount())
                        + " doit être fait au nom de « " + c.displayName() + " » (titulaire relevé : "
                        + (none ? "non renseigné" : p.reference()) + ")", p.amount(), c.displayName(), p.reference()));
            }
        }
        return out;
    }

    static boolean namesCompany(String holder, Customer c) {
        if (holder == null || holder.isBlank()) {
            return false;
        }
        String h = plain(holder);
        boolean byName = c.companyName() != null && !c.companyName().isBlank() && h.contains(plain(c.companyName()));
        boolean bySiren = c.companySiren() != null && !c.companySiren().isBlank()
                && h.replace(" ", "").contains(c.companySiren().replace(" ", ""));
        return byName || bySiren;
    }

    private static String plain(String s) {
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static final String CODE = "acheteur_societe";
}

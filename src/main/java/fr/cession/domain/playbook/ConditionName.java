package fr.cession.domain.playbook;

import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Order;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The closed vocabulary of {@code si:} conditions: each name, the values a file may compare it
 * with, and how an order gives its value (null when it has none, e.g. no cancellation yet).
 */
enum ConditionName {
    /** 004:7 "Confirmer le moyen de paiement (VIR, CHQ, CRD)". */
    PAIEMENT("paiement", List.of("VIR", "CHQ", "CRD"), (o, w) -> o.paymentMethod().name()),
    /** 004:6 "RDV de cession ou la livraison". */
    REMISE("remise", List.of("cession", "livraison"), (o, w) -> lower(o.handoverMode().name())),
    /** 004:13 "Si pro". */
    ACHETEUR("acheteur", List.of("particulier", "societe"), (o, w) -> lower(o.customer().kind().name())),
    /** 004:11 "CG : Titulaire / Cotitulaire / Société". */
    CG("cg", List.of("titulaire", "cotitulaire", "societe"), (o, w) -> lower(cg(o).name())),
    /** 004:23 a CT is to be ordered. */
    TRAVAUX_CT("travaux_ct", yesNo(), (o, w) -> yesNo(w.ctNeeded(o))),
    /** 004:24 a service is to be ordered. */
    TRAVAUX_REVISION("travaux_revision", yesNo(), (o, w) -> yesNo(w.serviceNeeded(o))),
    /** 004:42 a CT report is expected at the sale. */
    CT_REQUIS("ct_requis", yesNo(), (o, w) -> yesNo(w.ctReportExpected(o))),
    /** 004:19 "quand il n'y a pas de date de cession renseigner". */
    DATE_CESSION("date_cession", List.of("absente", "renseignee"),
            (o, w) -> o.handoverAt() == null ? "absente" : "renseignee"),
    /** 004:62-65 the cancellation case. */
    ANNULATION("annulation", List.of("FRAIS_RESERVATION_SEULS", "FONDS_RECUS", "RETRACTATION", "RETOUR"),
            (o, w) -> o.cancellation() == null || o.cancellation().cancellationCase() == null ? null
                    : o.cancellation().cancellationCase().name()),
    /** 004:73 "Si la commande annulée est déjà organisée dans le BO". */
    DEJA_ORGANISEE("deja_organisee", yesNo(), (o, w) -> yesNo(wasOrganised(o.cancellation())));

    private final String key;
    private final List<String> accepted;
    private final BiFunction<Order, WorksNeeds, String> valueOf;

    ConditionName(String key, List<String> values, BiFunction<Order, WorksNeeds, String> valueOf) {
        this.key = key;
        this.accepted = values;
        this.valueOf = valueOf;
    }

    String key() {
        return key;
    }

    /** The values a file may use, spelled as the file should spell them. */
    List<String> accepted() {
        return accepted;
    }

    String valueOf(Order order, WorksNeeds works) {
        return valueOf.apply(order, works);
    }

    private static List<String> yesNo() {
        return List.of("oui", "non");
    }

    private static String yesNo(boolean b) {
        return b ? "oui" : "non";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static CgHolding cg(Order o) {
        CgHolding h = o.customer().cgHolding();
        return h == null ? CgHolding.TITULAIRE : h;
    }

    private static boolean wasOrganised(Cancellation c) {
        return c != null && c.wasOrganised();
    }
}

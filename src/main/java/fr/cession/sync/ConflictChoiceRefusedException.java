package fr.cession.sync;

import java.util.List;

/**
 * A conflict's chosen value would leave its order impossible (e.g. a status kept from one site
 * with the cancellation recorded at the other): nothing is written and the conflict stays open.
 */
public final class ConflictChoiceRefusedException extends RuntimeException {

    private final List<String> broken;

    public ConflictChoiceRefusedException(List<String> broken) {
        super("Ce choix rendrait la commande incohérente : " + String.join(" ; ", broken)
                + ". Gardez l'autre valeur, ou changez la commande depuis sa fiche (annuler, avancer).");
        this.broken = List.copyOf(broken);
    }

    /** What would no longer hold, in French, each naming the order. */
    public List<String> broken() {
        return broken;
    }
}

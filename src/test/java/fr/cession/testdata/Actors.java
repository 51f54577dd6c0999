package fr.cession.testdata;

import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;

/** Users for tests. */
public final class Actors {

    private Actors() {
    }

    public static Actor commercial(String site) {
        return new Actor("c.martin", "Camille Martin", Role.COMMERCIAL, site);
    }

    public static Actor adv(String site) {
        return new Actor("a.dupont", "Alix Dupont", Role.ADV, site);
    }
}

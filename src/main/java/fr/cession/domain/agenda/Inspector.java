package fr.cession.domain.agenda;

import java.util.List;
import java.util.Objects;

/**
 * A person designated to hold hand-overs (004:50 "Recherche et planification d'un inspecteur").
 * Inspectors are outside parties, not users of the desktop (DOMAIN.md « Who uses it »): they have
 * no login, so they are a list the manager keeps in {@code config/inspecteurs.properties}.
 *
 * @param sites            the sites they work for; empty: every site
 * @param chequeAccredited whether they may take a bank cheque at the hand-over (004:51)
 */
public record Inspector(String name, List<String> sites, boolean chequeAccredited) {

    public Inspector {
        Objects.requireNonNull(name, "name");
        sites = List.copyOf(sites);
    }

    public boolean works(String site) {
        return sites.isEmpty() || site == null || sites.stream().anyMatch(s -> s.equalsIgnoreCase(site));
    }
}

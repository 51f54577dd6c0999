package fr.cession.domain.dashboard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the manager looks at: orders reserved in a period, of one site and one person or all.
 *
 * @param site    an owning site, or null for every site
 * @param advisor an advisor's login, or null for everyone
 */
public record DashboardFilter(LocalDate from, LocalDate to, String site, String advisor) {

    public DashboardFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Période : le " + to + " est avant le " + from);
        }
        site = site == null || site.isBlank() ? null : site;
        advisor = advisor == null || advisor.isBlank() ? null : advisor;
    }
}

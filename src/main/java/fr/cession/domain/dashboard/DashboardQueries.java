package fr.cession.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The manager's dashboard, computed by the store's aggregate queries (never by loading orders).
 * Figures "of the period" count orders reserved in it; overdue activities, approvals waiting and
 * the week's hand-overs are about now, for the site and person chosen.
 */
public interface DashboardQueries {

    /** For a desktop without a store to ask (tests of other screens). */
    DashboardQueries NONE = new DashboardQueries() {
        @Override
        public DashboardFigures figures(DashboardFilter filter, Instant now, LocalDate weekStart) {
            return new DashboardFigures(java.util.Map.of(), 0, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
                    0, 0, java.util.Map.of(), null, 0);
        }

        @Override
        public List<DashboardOrder> orders(DashboardFilter filter, DashboardSlice slice, Instant now,
                                           LocalDate weekStart) {
            return List.of();
        }

        @Override
        public Choices choices() {
            return new Choices(List.of(), List.of());
        }
    };

    /** @param weekStart the Monday of the current week, in the site's calendar */
    DashboardFigures figures(DashboardFilter filter, Instant now, LocalDate weekStart);

    /** The orders behind one figure, by number. */
    List<DashboardOrder> orders(DashboardFilter filter, DashboardSlice slice, Instant now, LocalDate weekStart);

    /** The sites and advisors orders name, for the filter's lists. */
    Choices choices();

    record Choices(List<String> sites, List<String> advisors) {
    }
}

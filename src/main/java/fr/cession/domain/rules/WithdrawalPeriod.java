package fr.cession.domain.rules;

import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.time.FrenchCalendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The consumer's 14-day withdrawal right for a distance sale (004:65 "rétractation dans le délai
 * des 14 jours"; Code de la consommation L221-18): it runs from the day the customer received the
 * vehicle, that day not counted, for 14 days; a period whose last day is a Saturday, Sunday or
 * public holiday runs to the next working day. The refund is due within 14 days of the notice
 * (L221-24).
 */
public final class WithdrawalPeriod {

    public static final String SEED = "004:65";

    private final FrenchCalendar calendar;
    private final RuleSettings settings;

    public WithdrawalPeriod(FrenchCalendar calendar, RuleSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The last day the customer may notify a withdrawal. */
    public LocalDate lastDay(LocalDate receivedOn) {
        return calendar.nextWorkingDayFrom(receivedOn.plusDays(settings.withdrawalDays()));
    }

    /** Before the vehicle is received the customer may always withdraw. */
    public boolean isOpen(LocalDate receivedOn, LocalDate noticeOn) {
        return receivedOn == null || !noticeOn.isAfter(lastDay(receivedOn));
    }

    public LocalDate refundDueBy(LocalDate noticeOn) {
        return noticeOn.plusDays(settings.refundDays());
    }

    /** The refusal of a withdrawal notified on {@code noticeOn}, or empty when it is in time. */
    public Optional<RuleViolation> check(Order order, LocalDate noticeOn) {
        if (isOpen(order.vehicleReceivedOn(), noticeOn)) {
            return Optional.empty();
        }
        LocalDate last = lastDay(order.vehicleReceivedOn());
        return Optional.of(RuleViolation.of("retractation_hors_delai", SEED, "rule.withdrawal.late",
                "Rétractation : notifiée le " + Formats.day(noticeOn) + ", après la fin du délai de "
                        + settings.withdrawalDays() + " jours le " + Formats.day(last) + " (véhicule reçu le "
                        + Formats.day(order.vehicleReceivedOn()) + ")",
                noticeOn, settings.withdrawalDays(), last, order.vehicleReceivedOn()));
    }
}

package fr.cession.domain.rules;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.RuleCode;
import fr.cession.domain.playbook.RuleSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The hand-over date window, 004:26: "Mettre la date de cession dans le Bo (10 jours minimum
 * après la résa ou date prévu avec le client ultérieur avec un maximum de 15 jours si + voir avec
 * manager)". Days are calendar days from the reservation day to the hand-over day. A date beyond
 * the window holds once a manager approved that very date (the request's detail is the date).
 */
public final class HandoverWindow implements OrderRule {

    public static final String SEED = "004:26";

    /** Where a hand-over day falls relative to the window. */
    public enum Position { TROP_TOT, DANS_LE_DELAI, AU_DELA }

    private final RuleSettings settings;

    public HandoverWindow(RuleSettings settings) {
        this.settings = settings;
    }

    public Position position(LocalDate reservedOn, LocalDate handoverDay) {
        long days = ChronoUnit.DAYS.between(reservedOn, handoverDay);
        if (days < settings.handoverMinDays()) {
            return Position.TROP_TOT;
        }
        return days > settings.handoverMaxDays() ? Position.AU_DELA : Position.DANS_LE_DELAI;
    }

    /** The refusal for a date set too early, which no one may override. */
    public Optional<RuleViolation> tooEarly(Order order, LocalDateTime handoverAt) {
        if (position(order.reservedOn(), handoverAt.toLocalDate()) != Position.TROP_TOT) {
            return Optional.empty();
        }
        LocalDate earliest = order.reservedOn().plusDays(settings.handoverMinDays());
        LocalDate day = handoverAt.toLocalDate();
        return Optional.of(RuleViolation.of(RuleCode.DELAI_CESSION.code(), SEED, "rule.handover.tooEarly",
                "Date de cession : le " + Formats.day(day) + " est trop tôt — " + settings.handoverMinDays()
                        + " jours minimum après la réservation du " + Formats.day(order.reservedOn()) + ", soit le "
                        + Formats.day(earliest) + " au plus tôt",
                day, settings.handoverMinDays(), order.reservedOn(), earliest));
    }

    /** What an approval request of a date beyond the window carries, to tie the approval to that date. */
    public static String approvalDetail(LocalDateTime handoverAt) {
        return handoverAt.toLocalDate().toString();
    }

    public static boolean isApprovalFor(ApprovalRequest a, LocalDateTime handoverAt) {
        return a.kind() == ApprovalKind.DATE_CESSION_HORS_DELAI
                && (a.detail() == null || approvalDetail(handoverAt).equals(a.askedDetail()));
    }

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        Order order = file.order();
        LocalDateTime at = order.handoverAt();
        if (at == null) {
            return List.of(RuleViolation.of(RuleCode.DELAI_CESSION.code(), SEED, "rule.handover.missing",
                    "Date de cession : non renseignée"));
        }
        Optional<RuleViolation> early = tooEarly(order, at);
        if (early.isPresent()) {
            return List.of(early.get());
        }
        if (position(order.reservedOn(), at.toLocalDate()) == Position.AU_DELA && !approved(file, at)) {
            return List.of(RuleViolation.of(RuleCode.DELAI_CESSION.code(), SEED, "rule.handover.beyond",
                    "Date de cession : le " + Formats.day(at.toLocalDate()) + " dépasse "
                            + settings.handoverMaxDays() + " jours après la réservation — accord du manager nécessaire",
                    at.toLocalDate(), settings.handoverMaxDays()));
        }
        return List.of();
    }

    private static boolean approved(OrderFile file, LocalDateTime at) {
        return file.approvals().stream()
                .anyMatch(a -> isApprovalFor(a, at) && a.status() == ApprovalStatus.APPROUVEE);
    }

}

package fr.cession.domain.approval;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a request was withdrawn. It is kept at the end of the request's detail (no column of its
 * own), after {@link #SEPARATOR}, in French as the history and the central database show it.
 */
public enum WithdrawalReason {
    /** 004:26: the hand-over date the manager was asked about is no longer the order's. */
    DATE_MODIFIEE("date modifiée"),
    /** The requester took it back. */
    PAR_LE_DEMANDEUR("retirée par le demandeur");

    public static final String SEPARATOR = " — retirée : ";

    private final String text;

    WithdrawalReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The reason a withdrawn request's detail ends with, if any. */
    public static Optional<WithdrawalReason> of(String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> detail.endsWith(SEPARATOR + r.text)).findFirst();
    }

    /** The detail without the reason: what was asked. */
    public static String askedDetail(String detail) {
        if (detail == null) {
            return null;
        }
        int at = detail.indexOf(SEPARATOR);
        return at < 0 ? detail : detail.substring(0, at);
    }
}

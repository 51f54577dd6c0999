package fr.cession.domain.risk;

/** A red flag raised on an order, with its weight and why, in French. */
public record FraudFlag(FraudSignal signal, int weight, String reason) {
}

package fr.cession.sync.central;

/** A pushed operation breaks a central rule; the message is the reason shown to the user. */
final class OpRefusedException extends RuntimeException {

    OpRefusedException(String reason) {
        super(reason);
    }
}

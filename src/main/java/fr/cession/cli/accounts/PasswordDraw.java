package fr.cession.cli.accounts;

import java.security.SecureRandom;

/**
 * A password drawn for someone else, long enough for the central database's rule and easy to read
 * aloud. Public: the desktop's "Comptes" screen draws the same way.
 */
public final class PasswordDraw {

    /** No 0/O, 1/l/I: it is read out over the phone or copied from a screen. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordDraw() {
    }

    public static char[] draw() {
        char[] p = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            p[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return p;
    }
}

package fr.cession.domain.demo;

import java.math.BigInteger;
import java.util.Random;

/**
 * Generates the identifiers a French used-car back office handles (VIN, SIV plate, SIREN,
 * IBAN), valid by their own check rules, from a seeded {@link Random} so a demo data set can be
 * rebuilt identically.
 */
public final class Identifiers {

    /** VIN characters: digits and capital letters except I, O and Q (ISO 3779). */
    private static final String VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** SIV plates use no I, O or U (they read like 1, 0 and V). */
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ";
    /** Model-year codes in VIN position 10 (no I, O, Q, U, Z or 0). */
    private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

    private final Random random;

    public Identifiers(Random random) {
        this.random = random;
    }

    /**
     * A 17-character VIN starting with the make's world manufacturer code, with the check digit
     * in position 9 computed as ISO 3779 / FMVSS 115 define it.
     */
    public String vin(String wmi, int modelYear) {
        StringBuilder vin = new StringBuilder(17).append(wmi);
        while (vin.length() < 8) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        vin.append('0');
        vin.append(YEAR_CODES.charAt(Math.floorMod(modelYear - 2010, YEAR_CODES.length())));
        vin.append(VIN_CHARS.charAt(10 + random.nextInt(VIN_CHARS.length() - 10)));
        for (int i = 0; i < 6; i++) {
            vin.append((char) ('0' + random.nextInt(10)));
        }
        vin.setCharAt(8, vinCheckDigit(vin));
        return vin.toString();
    }

    public static char vinCheckDigit(CharSequence vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += vinValue(vin.charAt(i)) * VIN_WEIGHTS[i];
        }
        int rest = sum % 11;
        return rest == 10 ? 'X' : (char) ('0' + rest);
    }

    private static int vinValue(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        // Transliteration table: A-H = 1-8, J-R = 1-9 (no O, Q), S-Z = 2-9.
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        int[] values = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
        int index = letters.indexOf(c);
        if (index < 0) {
            throw new IllegalArgumentException("caractère interdit dans un VIN : " + c);
        }
        return values[index];
    }

    /** A SIV plate "AB-123-CD": no SS block, no WW on the left (temporary plates), no 000. */
    public String sivPlate() {
        String left;
        do {
            left = letters(2);
        } while (left.equals("SS") || left.equals("WW"));
        String right;
        do {
            right = letters(2);
        } while (right.equals("SS"));
        return left + "-" + String.format("%03d", 1 + random.nextInt(999)) + "-" + right;
    }

    private String letters(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        }
        return s.toString();
    }

    /** A nine-digit SIREN whose Luhn checksum is valid. */
    public String siren() {
        StringBuilder s = new StringBuilder(9);
        s.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < 8; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        for (char last = '0'; last <= '9'; last++) {
            if (luhnValid(s.toString() + last)) {
                return s.append(last).toString();
            }
        }
        throw new IllegalStateException("aucune clé de Luhn trouvée");
    }

    public static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** A French IBAN (bank, branch, account, RIB key), with valid RIB key and IBAN check digits. */
    public String frenchIban() {
        String bank = digits(5);
        String branch = digits(5);
        String account = digits(11);
        BigInteger ribBase = new BigInteger(bank + branch + account).multiply(BigInteger.valueOf(100));
        int ribKey = 97 - ribBase.mod(BigInteger.valueOf(97)).intValue();
        String bban = bank + branch + account + String.format("%02d", ribKey);
        // "FR" = 15 27, then "00" to solve for the check digits (ISO 13616).
        BigInteger rearranged = new BigInteger(bban + "1527" + "00");
        int check = 98 - rearranged.mod(BigInteger.valueOf(97)).intValue();
        return "FR" + String.format("%02d", check) + bban;
    }

    public String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}

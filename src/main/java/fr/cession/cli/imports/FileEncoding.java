package fr.cession.cli.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds how a CSV file is encoded: UTF-8 (with or without its byte-order mark) or Windows-1252,
 * what Excel writes for « CSV (séparateur : point-virgule) » on a French Windows. Anything else
 * is refused by name, so the user knows to save the file again in UTF-8, instead of a
 * decoder's "Input length = 3".
 */
public final class FileEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the name of the encoding it was read in (for the user). */
    public record Decoded(String text, String name) {
    }

    private FileEncoding() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8)
                    .orElseThrow(() -> refused("UTF-8 (avec BOM) mais des octets invalides en UTF-8")), "UTF-8 avec BOM");
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw refused("UTF-32");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || looksLikeUtf16(bytes)) {
            throw refused("UTF-16 (« Texte Unicode » d'Excel)");
        }
        var utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), "UTF-8");
        }
        var cp1252 = strict(bytes, 0, WINDOWS_1252);
        if (cp1252.isPresent()) {
            return new Decoded(cp1252.get(), "Windows-1252");
        }
        throw refused("inconnu (ni UTF-8, ni Windows-1252)");
    }

    private static BackOfficeCsvReader.UnreadableFileException refused(String what) {
        return new BackOfficeCsvReader.UnreadableFileException("encodage " + what
                + " non pris en charge : enregistrez le fichier en CSV UTF-8 (ou CSV Windows-1252, celui d'Excel)");
    }

    private static java.util.Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return java.util.Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** UTF-16 without a mark: a zero byte in every other position of Latin text. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096);
        if (sample < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = sample / 2;
        return evenZeros > half * 0.4 || oddZeros > half * 0.4;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

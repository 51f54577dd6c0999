package fr.cession.papers;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * Text the standard PDF fonts can draw. They cover WinAnsi: French with its accents, œ, « », € and
 * the typographic apostrophe. A name typed with other letters (ł, ș, ğ) keeps its base letter
 * rather than failing the whole paper; what has none becomes "?".
 */
final class WinAnsiText {

    /** Letters with a stroke that no decomposition takes apart, and their base letter. */
    private static final String STROKED = "ŁłĐđĦħŦŧıȷ";
    private static final String PLAIN = "LlDdHhTtij";

    private WinAnsiText() {
    }

    static String safe(PDFont font, String text) {
        return safe(font, text, false);
    }

    /** @param keepNewLines line breaks stay (paragraphs), otherwise they become spaces */
    static String safe(PDFont font, String text, boolean keepNewLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' && keepNewLines) {
                out.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (drawable(font, cp)) {
                out.appendCodePoint(cp);
            } else if (STROKED.indexOf(cp) >= 0) {
                out.append(PLAIN.charAt(STROKED.indexOf(cp)));
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && base.codePoints().allMatch(c -> drawable(font, c)) ? base : "?");
            }
        });
        return out.toString();
    }

    private static boolean drawable(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

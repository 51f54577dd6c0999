package fr.cession.papers;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** How wide a text runs in a font, and where it breaks into lines that fit a width. */
final class LineBreaks {

    private LineBreaks() {
    }

    static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** The text in lines no wider than {@code max}, cut between words (inside a word too long for a line). */
    static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : WinAnsiText.safe(font, text == null ? "" : text, true).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, size, candidate) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > max && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, size, rest.substring(0, cut)) > max) {
                        cut--;
                    }
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }
}

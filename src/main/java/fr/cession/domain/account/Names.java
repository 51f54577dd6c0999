package fr.cession.domain.account;

import java.text.Normalizer;
import java.util.Locale;

/** How names typed at a counter are compared: « Jean-Marc  DURAND » is « jean marc durand ». */
public final class Names {

    private Names() {
    }

    public static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}

package fr.cession.domain.risk;

import fr.cession.domain.order.Customer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether the name a payer gave is the buyer's: accents, case, hyphens and word order aside, the
 * payer's name holds the buyer's last name (or the company's name, or the co-holder's, who pays as
 * often as the holder). "M. ou Mme DUPONT Jean" pays for Jean Dupont; "J. Martin" does not.
 */
final class PayerNames {

    private PayerNames() {
    }

    static boolean isBuyer(String payer, Customer c) {
        List<String> paid = words(payer);
        if (paid.isEmpty()) {
            return true; // nothing typed: nothing to compare
        }
        return holds(paid, c.lastName()) || c.isCompany() && holds(paid, c.companyName())
                || holds(paid, c.coHolderName());
    }

    private static boolean holds(List<String> paid, String name) {
        List<String> wanted = words(name);
        return !wanted.isEmpty() && paid.containsAll(wanted);
    }

    private static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}

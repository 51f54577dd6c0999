package fr.cession.cli.imports;

import fr.cession.domain.order.Customer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Who an order is for, as the import compares it: a company by its SIREN (or its name without
 * one), a person by last and first name, ignoring case, accents and spacing. Two rows with the
 * same order number and the same identity are the same order imported twice; with different
 * identities they are a conflict a person must look at.
 */
public record CustomerIdentity(String key, String shown) {

    public static CustomerIdentity of(Customer c) {
        String key;
        if (c.isCompany()) {
            String siren = c.companySiren() == null ? "" : c.companySiren().replaceAll("\\D", "");
            key = siren.isEmpty() ? "societe:" + plain(c.companyName()) : "siren:" + siren;
        } else {
            key = "personne:" + plain(c.lastName()) + "|" + plain(c.firstName());
        }
        String name = c.displayName();
        if (c.isCompany() && c.companySiren() != null && !c.companySiren().isBlank()) {
            name += " (SIREN " + c.companySiren() + ")";
        }
        return new CustomerIdentity(key, name.isBlank() ? "client sans nom" : name);
    }

    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s'’-]+", " ").trim();
    }

    public boolean sameAs(CustomerIdentity other) {
        return key.equals(other.key);
    }
}

package fr.cession.domain.risk;

/**
 * The red flags of seed 003:9 ("la protection contre la fraude est particulièrement importante pour
 * les voitures hauts de gamme et importés… considérez l'emplacement de vos clients… surtout s'ils
 * insistent beaucoup pour que toute la transaction se déroule en ligne"), each under the name the
 * playbook gives its weight.
 */
public enum FraudSignal {
    /** 003:9 "considérez l'emplacement de vos clients": the buyer's département is not the site's. */
    ACHETEUR_ELOIGNE("acheteur_eloigne", 20),
    /** 003:9 "toute la transaction se déroule en ligne": delivered, the buyer never comes to the site. */
    VENTE_A_DISTANCE("vente_a_distance", 15),
    /** 003:9 "voitures hauts de gamme et importés". */
    HAUT_DE_GAMME_OU_IMPORTE("haut_de_gamme_ou_importe", 20),
    /** A number that is not a French mobile: harder to call back, often a relay. */
    TELEPHONE_NON_MOBILE_FR("telephone_non_mobile_fr", 10),
    /** The refund or payer account is abroad. */
    IBAN_ETRANGER("iban_etranger", 25),
    /** The same phone or e-mail on other orders under other names. */
    COORDONNEES_PARTAGEES("coordonnees_partagees", 30),
    /** The money comes from someone who is not the buyer (a mule account, a stolen account). */
    PAYEUR_DIFFERENT("payeur_different", 25),
    /** The delivery address moved once the money was in: the car would go where the payer never lived. */
    ADRESSE_MODIFIEE_APRES_FONDS("adresse_modifiee_apres_fonds", 30);

    private final String key;
    private final int defaultWeight;

    FraudSignal(String key, int defaultWeight) {
        this.key = key;
        this.defaultWeight = defaultWeight;
    }

    /** The name under {@code signaux_fraude.poids} in the playbook. */
    public String key() {
        return key;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}

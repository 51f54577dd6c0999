package fr.cession.domain.document;

/** The documents seed 004 names, with the users' own labels. */
public enum DocumentType {
    CNI("Carte d'identité"),
    JUSTIFICATIF_DOMICILE("Justificatif de domicile"),
    PERMIS("Permis de conduire"),
    ASSURANCE("Attestation d'assurance"),
    KBIS("Extrait Kbis"),
    CNI_GERANT("Carte d'identité du gérant"),
    PERMIS_COLLECTEUR("Permis de la personne qui récupère le véhicule"),
    PROCURATION("Procuration"),
    CNI_COTITULAIRE("Carte d'identité du cotitulaire"),
    PIECE_IDENTITE_KYC_1("Première pièce d'identité recto/verso (KYC 2)"),
    PIECE_IDENTITE_KYC_2("Seconde pièce d'identité recto/verso (KYC 2)"),
    RIB("RIB"),
    OFFRE_CREDIT("Offre de crédit signée"),
    RAPPORT_CT("Procès-verbal de contrôle technique"),
    BON_DE_REMISE("Bon de remise"),
    CERFA_CESSION("Cerfa de cession"),
    RAPPORT_INSPECTION("Rapport d'inspection"),
    BON_ENLEVEMENT("Bon d'enlèvement"),
    COPIE_CG("Copie de la CG"),
    CG_BARREE("CG barrée");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

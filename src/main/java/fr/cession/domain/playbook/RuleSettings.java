package fr.cession.domain.playbook;

/**
 * The figures seed 004 states, which the playbook lets a manager adjust. The defaults are the
 * seed's own.
 *
 * @param handoverMinDays line 26: "10 jours minimum après la résa"
 * @param handoverMaxDays line 26: "avec un maximum de 15 jours si + voir avec manager"
 * @param fundsBeforeHandoverHours line 10: "Fond reçu 48h avant RDV ou livraison"
 * @param transferConfirmedBeforeHandoverHours line 40: "Confirmation du VIR 72h avant le RDV/Livraison"
 * @param creditApprovedBeforeHandoverDays line 41 under "Validation du rdv : J-3": "Validation crédit sans réserve"
 * @param ctMaxAgeMonths line 23: "Si CT + 5 mois"
 * @param ctVehicleAgeMonths line 23: "si vh 3 ans et 11 mois"
 * @param serviceDueMonths line 24: "Si Révision proche des 1 ans ou supérieur à 1 ans" (what "close to" means, in months)
 * @param withdrawalDays line 65: "rétractation dans le délai des 14 jours"
 * @param refundDays refund owed within 14 days of the withdrawal notice (Code de la consommation L221-24)
 * @param proofOfAddressMaxMonths a proof of address is accepted for the CG when under 6 months old
 * @param kbisMaxMonths a Kbis is accepted when under 2 years old
 * @param ctReportMaxMonths at the sale, the CT report of a vehicle over {@code ctReportVehicleAgeYears} is under 6 months old
 * @param ctReportVehicleAgeYears the vehicle age from which a recent CT report is required at the sale
 * @param returnDays 003:6 « une politique de retour de sept jours »: days after the buyer received the
 *                   vehicle during which a return notice is accepted (the last day included)
 * @param cashLimitEuros the most a buyer may pay in cash for one purchase (Code monétaire et financier
 *                       D112-3: 1 000 € for a buyer resident in France or acting for their business)
 */
public record RuleSettings(
        int handoverMinDays,
        int handoverMaxDays,
        int fundsBeforeHandoverHours,
        int transferConfirmedBeforeHandoverHours,
        int creditApprovedBeforeHandoverDays,
        int ctMaxAgeMonths,
        int ctVehicleAgeMonths,
        int serviceDueMonths,
        int withdrawalDays,
        int refundDays,
        int proofOfAddressMaxMonths,
        int kbisMaxMonths,
        int ctReportMaxMonths,
        int ctReportVehicleAgeYears,
        int returnDays,
        int cashLimitEuros) {

    /** 003:6: seven days. */
    public static final int RETURN_DAYS_003 = 7;

    /** The legal cash limit of D112-3 for a buyer resident in France. */
    public static final int CASH_LIMIT_D112_3 = 1_000;

    public static final RuleSettings SEED_004 = new RuleSettings(10, 15, 48, 72, 3, 5, 47, 11, 14, 14, 6, 24, 6, 4);

    /** The figures of seed 004 alone, the return window at 003's seven days and the legal cash limit. */
    public RuleSettings(int handoverMinDays, int handoverMaxDays, int fundsBeforeHandoverHours,
                        int transferConfirmedBeforeHandoverHours, int creditApprovedBeforeHandoverDays,
                        int ctMaxAgeMonths, int ctVehicleAgeMonths, int serviceDueMonths, int withdrawalDays,
                        int refundDays, int proofOfAddressMaxMonths, int kbisMaxMonths, int ctReportMaxMonths,
                        int ctReportVehicleAgeYears) {
        this(handoverMinDays, handoverMaxDays, fundsBeforeHandoverHours, transferConfirmedBeforeHandoverHours,
                creditApprovedBeforeHandoverDays, ctMaxAgeMonths, ctVehicleAgeMonths, serviceDueMonths,
                withdrawalDays, refundDays, proofOfAddressMaxMonths, kbisMaxMonths, ctReportMaxMonths,
                ctReportVehicleAgeYears, RETURN_DAYS_003, CASH_LIMIT_D112_3);
    }
}

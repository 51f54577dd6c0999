package fr.cession.domain.playbook;

import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code reglages:}, the seed's figures a manager may adjust. A figure left out keeps the
 * seed's value ({@link RuleSettings#SEED_004}); bounds keep a typo from disabling a rule.
 */
final class SettingsParser {

    private record Setting(String key, int min, int max) {
    }

    /** In the order of {@link RuleSettings}' components. */
    private static final List<Setting> SETTINGS = List.of(
            new Setting("delai_cession_min_jours", 0, 60),
            new Setting("delai_cession_max_jours", 1, 90),
            new Setting("fonds_avant_rdv_heures", 0, 240),
            new Setting("virement_avant_rdv_heures", 0, 240),
            new Setting("credit_avant_rdv_jours", 0, 30),
            new Setting("ct_age_max_mois", 1, 24),
            new Setting("ct_age_vehicule_mois", 1, 120),
            new Setting("revision_mois", 1, 36),
            new Setting("retractation_jours", 14, 60),
            new Setting("remboursement_jours", 1, 60),
            new Setting("justificatif_domicile_max_mois", 1, 24),
            new Setting("kbis_max_mois", 1, 60),
            new Setting("rapport_ct_max_mois", 1, 24),
            new Setting("rapport_ct_age_vehicule_ans", 1, 10),
            new Setting("retour_jours", 1, 30),
            // D112-3: never above the 15 000 € a non-resident private buyer may pay in cash
            new Setting("plafond_especes_euros", 0, 15_000));

    private SettingsParser() {
    }

    static RuleSettings parse(YamlReader r, Node node) {
        RuleSettings d = RuleSettings.SEED_004;
        int[] values = {d.handoverMinDays(), d.handoverMaxDays(), d.fundsBeforeHandoverHours(),
                d.transferConfirmedBeforeHandoverHours(), d.creditApprovedBeforeHandoverDays(), d.ctMaxAgeMonths(),
                d.ctVehicleAgeMonths(), d.serviceDueMonths(), d.withdrawalDays(), d.refundDays(),
                d.proofOfAddressMaxMonths(), d.kbisMaxMonths(), d.ctReportMaxMonths(), d.ctReportVehicleAgeYears(),
                d.returnDays(), d.cashLimitEuros()};
        if (node == null) {
            return d;
        }
        List<String> keys = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < SETTINGS.size(); i++) {
            keys.add(SETTINGS.get(i).key());
            index.put(SETTINGS.get(i).key(), i);
        }
        Map<String, Node> e = r.mapping(node, "reglages", keys);
        if (e == null) {
            return d;
        }
        for (Map.Entry<String, Node> entry : e.entrySet()) {
            int i = index.get(entry.getKey());
            Setting s = SETTINGS.get(i);
            Integer v = r.integer(entry.getValue(), "reglages." + s.key());
            if (v == null) {
                continue;
            }
            if (v < s.min() || v > s.max()) {
                r.error(entry.getValue(), "reglages." + s.key() + " : " + v + " hors bornes (attendu entre "
                        + s.min() + " et " + s.max() + ")");
                continue;
            }
            values[i] = v;
        }
        if (values[1] < values[0]) {
            r.error(e.getOrDefault("delai_cession_max_jours", node),
                    "reglages.delai_cession_max_jours : " + values[1] + " est inférieur au minimum de "
                            + values[0] + " jours");
        }
        return new RuleSettings(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7], values[8], values[9], values[10], values[11], values[12], values[13], values[14],
                values[15]);
    }
}

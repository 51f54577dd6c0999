package fr.cession.domain.playbook;

import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.cession.domain.playbook.TestOrders.CALENDAR;
import static fr.cession.domain.playbook.TestOrders.REAL_FILE;
import static fr.cession.domain.playbook.TestOrders.order;
import static fr.cession.domain.playbook.TestOrders.realPlaybook;
import static org.assertj.core.api.Assertions.assertThat;

/** The real {@code config/playbook-b2c.yaml}: it loads, and it encodes every line of seed 004. */
class PlaybookFileTest {

    private static final String SEED = "004_052ca9332532094c.txt";

    @Test
    void theRealPlaybookLoadsWithoutErrors() {
        LoadedPlaybook playbook = realPlaybook();
        assertThat(playbook.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        // 004:26, 004:10, 004:40, 004:23, 004:24: the file states the seed's own figures.
        assertThat(playbook.settings()).isEqualTo(RuleSettings.SEED_004);
        assertThat(playbook.activityCodes()).contains("demande_destockage", "verification_documents",
                "inspecteur_driiveme", "controle_ct_revision", "passage_vendu_p2p", "check_documents_cession");
    }

    @Test
    void everyNonEmptyLineOfSeed004From5To76IsReferencedByASource() throws IOException {
        List<String> seed = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
        Set<String> sources = realPlaybook().sources();
        List<String> missing = new ArrayList<>();
        for (int n = 5; n <= 76; n++) {
            if (!seed.get(n - 1).isBlank() && !sources.contains("004:" + n)) {
                missing.add("004:" + n + " " + seed.get(n - 1).trim());
            }
        }
        assertThat(missing).as("seed 004 lines no activity, line or document rule refers to").isEmpty();
    }

    @Test
    void everySourcePointsAtAWrittenLineOfTheSeed() throws IOException {
        List<String> seed = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
        for (String source : realPlaybook().sources()) {
            assertThat(source).startsWith("004:");
            int n = Integer.parseInt(source.substring(4));
            assertThat(n).as(source).isBetween(1, seed.size());
            assertThat(seed.get(n - 1)).as(source).isNotBlank();
        }
    }

    @Test
    void transitionsCarryTheSeedsRequirements() {
        LoadedPlaybook playbook = realPlaybook();
        // 004:26 the hand-over date rule before the appointment is organised.
        assertThat(playbook.requirementsFor(OrderStatus.ORGANISEE).rules()).containsExactly(RuleCode.DELAI_CESSION);
        TransitionRequirements paid = playbook.requirementsFor(OrderStatus.PAIEMENT_VERIFIE);
        // 003:9 the red flags reviewed by a manager before the keys leave.
        assertThat(paid.rules()).containsExactly(RuleCode.FONDS_48H, RuleCode.VIREMENT_72H,
                RuleCode.CREDIT_SANS_RESERVE, RuleCode.DOCUMENTS_VALIDES, RuleCode.CT_VALIDE, RuleCode.REVUE_FRAUDE);
        // 004:33 inspector's accreditation with a cheque; 004:34 and 004:44 the DRIIVEME for a delivery.
        assertThat(paid.lineCodes()).containsExactly("accreditation_inspecteur", "mise_en_place_driiveme",
                "documents_driiveme");
        assertThat(paid.line()).isPositive();
        // 004:50 "Ne pas passer le VH en vendu si pas de doc (Bon de remise, Cerfa)"; 004:53 credit funds moved.
        TransitionRequirements sold = playbook.requirementsFor(OrderStatus.VENDUE);
        assertThat(sold.documents()).extracting(Enum::name).containsExactly("BON_DE_REMISE", "CERFA_CESSION");
        assertThat(sold.rules()).containsExactly(RuleCode.FONDS_CREDIT_TRANSFERES);
        assertThat(playbook.requirementsFor(OrderStatus.CLOTUREE).rules()).containsExactly(RuleCode.ACTIVITES_TERMINEES);
        assertThat(playbook.requirementsFor(OrderStatus.DESTOCKAGE)).isEqualTo(TransitionRequirements.none(OrderStatus.DESTOCKAGE));
    }

    @Test
    void editingTheFileChangesThePlanWithoutARebuild(@TempDir Path dir) throws IOException {
        String text = Files.readString(REAL_FILE, StandardCharsets.UTF_8)
                .replace("titre: \"À la réservation B2C\"\n    pour: commercial",
                        "titre: \"Appel de bienvenue\"\n    pour: manager")
                .replace("echeance: {depuis: reservation, jours: 1, ouvres: oui, heure: \"18:00\"}",
                        "echeance: {depuis: reservation, jours: 2, heure: \"09:30\"}");
        Path edited = dir.resolve("playbook-b2c.yaml");
        Files.writeString(edited, text, StandardCharsets.UTF_8);

        LoadedPlaybook playbook = new PlaybookLoader(CALENDAR).load(edited);
        PlannedActivity first = playbook.plan(order().file(), new WorkflowEvent.Created()).get(0);

        assertThat(first.typeCode()).isEqualTo("reservation");
        assertThat(first.title()).isEqualTo("Appel de bienvenue");
        assertThat(first.role()).isEqualTo(Role.MANAGER);
        // Reserved Monday 2 March 2026: two calendar days later at 09:30 Paris (UTC+1).
        assertThat(first.dueAt()).hasToString("2026-03-04T08:30:00Z");
    }

    /** The copy under test resources always exists; shared/ beside the clone is the original. */
    private static Path seedFile() {
        Path copy = Path.of("src/test/resources/seeds", SEED);
        return Files.exists(copy) ? copy : Path.of("../shared/seeds", SEED);
    }
}

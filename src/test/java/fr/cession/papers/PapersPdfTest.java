package fr.cession.papers;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each paper is rendered, its text read back as a person would copy it, and its first page drawn to
 * {@code target/screenshots/paper-*.png} to be looked at. The company comes from {@code config/}.
 */
class PapersPdfTest {

    private static PaperPrinter printer;

    @BeforeAll
    static void company() throws IOException {
        printer = new PaperPrinter(Company.load(Path.of("config")), RuleSettings.SEED_004, PaperSamples.CLOCK);
    }

    @Test
    void theOrderFormSaysWhoBuysWhatForHowMuchAndHow() throws IOException {
        OrderFile file = PaperSamples.creditSale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.orderForm(file, out);
        String text = read(out.toByteArray(), "paper-bon-de-commande");

        assertThat(text).contains("Cession Automobiles SAS", "Bon de commande", "LYON-2026-0042", "édité le 10/03/2026",
                "Karim Benali", "Renault Mégane Estate", "EX-789-MN", "VF1KZ1A0547123456", "84 250 km",
                "12 990,00 €", "500,00 €", "Crédit", "Cofidis", "2 990,00 €", "10 000,00 €",
                // 004:8 what the financing covers
                "Les frais de réservation, la carte grise",
                // received: fee + down payment; the rest is still expected
                "3 490,00 €", "9 500,00 €",
                "23/03/2026 à 14:00", "21/03/2026 à 14:00", "sans fonds reçus, pas de rendez-vous",
                "Page 1 / 1");
    }

    /** Seed 000: an order placed through a professional's sub-account names both, the deposit and the commission. */
    @Test
    void theOrderFormOfAnAccountOrderNamesTheAccountTheSubAccountTheDepositAndTheCommission() throws IOException {
        OrderFile sale = PaperSamples.creditSale();
        AccountLink link = new AccountLink(java.util.UUID.randomUUID(), "Garage Lenoir", CustomerAccountKind.PROFESSIONNEL,
                java.util.UUID.randomUUID(), "Sophie Klein", 15, 35_000L, null);
        OrderFile file = sale.withOrder(sale.order().withAccount(link));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.orderForm(file, out);
        String text = read(out.toByteArray(), "paper-bon-de-commande-compte");

        assertThat(text).contains("Compte client (responsable du paiement)", "Garage Lenoir (Professionnel)",
                "Commande passée par", "Sophie Klein", "15 %", "350,00 €");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        printer.orderForm(sale, plain);
        assertThat(read(plain.toByteArray(), "paper-bon-de-commande")).doesNotContain("Compte client");
    }

    @Test
    void theHandoverChecklistListsTheDocumentsToCollectAndTheOpenLines() throws IOException {
        OrderFile file = PaperSamples.creditSale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.handoverChecklist(file, out);
        String text = read(out.toByteArray(), "paper-check-list-remise");

        assertThat(text).contains("Check-list de remise", "LYON-2026-0042", "remise le 23/03/2026 à 14:00",
                "Renault Mégane Estate", "EX-789-MN", "Karim Benali", "Nadia Benali",
                // 004:50-52
                "Bon de remise signé", "Cerfa de cession", "CG barrée",
                // a line still open, not the one ticked
                "Rechercher et planifier un inspecteur", "Futur titulaire présent, sinon procuration",
                "Inspecteur ou driiveme planifier B2C · échéance 18/03/2026",
                "9 500,00 € restent à recevoir",
                // 004:50: who holds the hand-over
                "Inspecteur", "Sophie Girard");
        assertThat(text).doesNotContain("Vérifier les documents reçus et relancer");
    }

    @Test
    void theRefundRequestGivesTheAmountTheIbanAndTheLegalDeadline() throws IOException {
        OrderFile file = PaperSamples.withdrawalToRefund("Lambert");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.refundRequest(file, out);
        String text = read(out.toByteArray(), "paper-demande-remboursement");

        assertThat(text).contains("Demande de remboursement", "LYON-2026-0017", "Sophie Lambert",
                "17 490,00 €", "Rétractation dans le délai de 14 jours", "FR76 3000 6000 0112 3456 7890 189",
                // L221-24: 14 days after the notice of 05/03
                "au plus tard le 19/03/2026", "Approuvée par mlefevre le 06/03/2026");
    }

    @Test
    void anOrderWithoutARefundRequestHasNoRefundPaper() {
        OrderFile file = PaperSamples.creditSale();
        assertThat(PaperPrinter.hasRefundRequest(file)).isFalse();
        assertThatThrownBy(() -> printer.refundRequest(file, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LYON-2026-0042");
    }

    @Test
    void lettersOutsideTheFontKeepTheirBaseLetter() throws IOException {
        OrderFile file = PaperSamples.withdrawalToRefund("Kowalczyk-Łaszewska Ștefan 日本");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.refundRequest(file, out);
        assertThat(read(out.toByteArray(), null)).contains("Kowalczyk-Laszewska Stefan ??");
    }

    /** The text as PDFBox reads it back, every run of spaces and line breaks as one space; the first page drawn when {@code shot} is named. */
    static String read(byte[] pdf, String shot) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (shot != null) {
                Path dir = Path.of("target", "screenshots");
                Files.createDirectories(dir);
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", dir.resolve(shot + ".png").toFile());
            }
            // lines joined: a value wrapped in its column reads as one
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00a0]+", " ");
        }
    }
}

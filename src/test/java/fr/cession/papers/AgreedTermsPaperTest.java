package fr.cession.papers;

import fr.cession.domain.contact.Agreement;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.row.RowMeta;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 002:21 "faire signer le bon de commande ... le prix, les conditions de livraison et le délai de paiement". */
class AgreedTermsPaperTest {

    @Test
    void theOrderFormPrintsTheAgreedPricePaymentAndDeliveryTerms() throws IOException {
        PaperPrinter printer = new PaperPrinter(Company.load(Path.of("config")), RuleSettings.SEED_004,
                PaperSamples.CLOCK);
        OrderFile sale = PaperSamples.creditSale();
        OrderFile agreed = sale.withAgreement(new Agreement(UUID.randomUUID(), sale.orderId(),
                new BigDecimal("12490"), "Solde par crédit Cofidis, fonds reçus 48 h avant la cession",
                "Cession à l'agence de Lyon, véhicule nettoyé, plein fait", RowMeta.NEW));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.orderForm(agreed, out);
        String text = PapersPdfTest.read(out.toByteArray(), "paper-bon-de-commande-accords");

        assertThat(text).contains("Prix convenu", "12 490,00 €",
                "Conditions de paiement convenues", "Solde par crédit Cofidis, fonds reçus 48 h avant la cession",
                "Conditions de livraison convenues", "Cession à l'agence de Lyon, véhicule nettoyé, plein fait",
                // 004:8 what the financing covers, already on the order
                "Les frais de réservation, la carte grise");

        ByteArrayOutputStream without = new ByteArrayOutputStream();
        printer.orderForm(sale, without);
        assertThat(PapersPdfTest.read(without.toByteArray(), null)).doesNotContain("Prix convenu");
    }
}

package fr.cession.papers;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleSettings;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * The three PDFs that leave the office, from an order file: the order form the buyer signs, the
 * hand-over checklist the inspector takes, the refund request the manager signs.
 */
public final class PaperPrinter {

    private final Company company;
    private final RuleSettings settings;
    private final Clock clock;

    public PaperPrinter(Company company, RuleSettings settings, Clock clock) {
        this.company = company;
        this.settings = settings;
        this.clock = clock;
    }

    public void orderForm(OrderFile file, OutputStream out) throws IOException {
        PaperContext ctx = context();
        String ref = FrenchText.get("reference.order", OrderFacts.number(file.order()), FrenchText.date(ctx.today()));
        write(out, FrenchText.get("orderForm.title"), ref, file, c -> OrderFormPaper.draw(c, file, ctx));
    }

    public void handoverChecklist(OrderFile file, OutputStream out) throws IOException {
        PaperContext ctx = context();
        write(out, FrenchText.get("handover.title"), HandoverChecklistPaper.reference(file.order()), file,
                c -> HandoverChecklistPaper.draw(c, file, ctx));
    }

    /** @throws IllegalArgumentException when the order has no refund request (waiting or approved) */
    public void refundRequest(OrderFile file, OutputStream out) throws IOException {
        PaperContext ctx = context();
        if (!hasRefundRequest(file)) {
            throw new IllegalArgumentException("La commande " + OrderFacts.number(file.order())
                    + " n'a pas de demande de remboursement");
        }
        write(out, FrenchText.get("refund.title"), RefundRequestPaper.reference(file, ctx), file,
                c -> RefundRequestPaper.draw(c, file, ctx));
    }

    /** Whether a refund request can be printed: one is waiting for the manager or approved. */
    public static boolean hasRefundRequest(OrderFile file) {
        return RefundRequestPaper.requestOf(file).isPresent();
    }

    private PaperContext context() {
        return new PaperContext(company, settings, clock.getZone(), LocalDate.now(clock));
    }

    private interface Body {
        void draw(PdfCanvas canvas) throws IOException;
    }

    private void write(OutputStream out, String title, String reference, OrderFile file, Body body) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title + " — " + OrderFacts.number(file.order()));
            info.setAuthor(company.name());
            info.setCreator("Cession");
            Calendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
            info.setCreationDate(now);
            PdfCanvas canvas = new PdfCanvas(doc, company, title, reference);
            body.draw(canvas);
            canvas.finish();
            doc.save(out);
        }
    }
}

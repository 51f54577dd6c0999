package fr.cession.papers;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.contact.Agreement;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.Order;
import fr.cession.papers.PdfCanvas.Field;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static fr.cession.papers.FrenchText.amount;
import static fr.cession.papers.FrenchText.get;

/**
 * The order form ("bon de commande") the buyer signs: who buys what, at what price, paid how
 * (004:7), with what financing and what it covers (004:8), the reservation fee, how and when the
 * vehicle is handed over (004:6), the funds' cut-off (004:10) and the papers the CG needs (004:12–13).
 */
final class OrderFormPaper {

    private OrderFormPaper() {
    }

    static void draw(PdfCanvas c, OrderFile file, PaperContext ctx) throws IOException {
        Order o = file.order();
        c.section(get("orderForm.buyer"));
        c.fields(OrderFacts.buyer(o.customer()));
        if (o.account().present()) {
            c.fields(account(o.account()));
        }
        c.section(get("orderForm.vehicle"));
        c.fields(OrderFacts.vehicle(o.vehicle()));

        c.section(get("orderForm.price"));
        Agreement agreed = file.agreement().orElse(null);
        List<Field> price = new ArrayList<>();
        if (agreed != null && agreed.agreedPrice() != null) {
            // 002 §2: the price the advisor agreed and made official is the one the buyer signs
            price.add(Field.of(get("field.agreedPrice"), amount(agreed.agreedPrice())));
        }
        price.addAll(List.of(
                Field.of(get("field.price"), amount(o.vehicle().price())),
                Field.of(get("field.fee"), amount(o.reservationFee())),
                Field.of(get("field.paymentMethod"), FrenchText.label(o.paymentMethod()))));
        if (o.isCredit()) {
            Financing f = o.financing();
            price.add(Field.of(get("field.lender"), FrenchText.label(f.lender())));
            price.add(Field.of(get("field.downPayment"), amount(f.downPayment())));
            price.add(Field.of(get("field.financed"), amount(f.financedAmount())));
            price.add(Field.wide(get("field.covers"), covers(f)));
        }
        if (agreed != null) {
            price.add(Field.wide(get("field.paymentTerms"), agreed.paymentTerms()));
        }
        price.add(Field.of(get("field.received"), amount(OrderFacts.received(file))));
        price.add(Field.of(get("field.remaining"), amount(OrderFacts.remaining(file))));
        c.fields(price);

        c.section(get("orderForm.handover"));
        LocalDateTime at = o.handoverAt();
        c.fields(List.of(
                Field.of(get("field.handoverMode"), FrenchText.label(o.handoverMode())),
                Field.of(get("field.handoverAt"), at == null ? get("field.handoverAt.none") : FrenchText.dateTime(at)),
                Field.of(get("orderForm.fundsBy"), at == null ? null
                        : FrenchText.dateTime(at.minusHours(ctx.settings().fundsBeforeHandoverHours()))),
                Field.of(get("field.advisor"), o.advisor())));
        if (agreed != null) {
            c.fields(List.of(Field.wide(get("field.deliveryTerms"), agreed.deliveryTerms())));
        }
        c.callout(get("orderForm.funds", ctx.settings().fundsBeforeHandoverHours()));

        c.section(get("orderForm.papers"));
        c.paragraph(get("orderForm.papers.private"));
        if (o.isCompanyBuyer()) {
            c.paragraph(get("orderForm.papers.company"));
        }
        if (!o.isCompanyBuyer()) {
            c.note(get("orderForm.withdrawal", ctx.settings().withdrawalDays()));
        }
        c.signatures(get("orderForm.sign.seller", o.advisor() == null ? "" : o.advisor()), get("orderForm.sign.buyer"));
    }

    private static String covers(Financing f) {
        if (f.covers().isEmpty()) {
            return get("field.covers.none");
        }
        String list = f.covers().stream().sorted(Comparator.naturalOrder()).map(FrenchText::label)
                .collect(Collectors.joining(", "));
        return Character.toUpperCase(list.charAt(0)) + list.substring(1);
    }

    /**
     * Seed 000: the account the order was placed for answers for the payment; the sub-account that
     * placed it, the deposit it requires before the order leaves réservée and its commission are
     * part of what the buyer signs.
     */
    private static List<Field> account(AccountLink a) {
        List<Field> out = new ArrayList<>(List.of(
                Field.of(get("field.account"), a.accountName() + " (" + FrenchText.label(a.kind()) + ")")));
        if (a.subAccountName() != null) {
            out.add(Field.of(get("field.subAccount"), a.subAccountName()));
        }
        if (a.deposit() > 0) {
            out.add(Field.of(get("field.accountDeposit"), a.deposit() + " %"));
        }
        if (a.commission() > 0) {
            out.add(Field.of(get("field.accountCommission"), amount(java.math.BigDecimal.valueOf(a.commission(), 2))));
        }
        return out;
    }
}

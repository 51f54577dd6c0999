package fr.cession.ui.order;

import fr.cession.domain.contact.AgreementDraft;
import fr.cession.domain.contact.CallOutcome;
import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactDraft;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.contact.FollowUpDraft;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.row.RowMeta;
import fr.cession.ui.OrderActions;
import fr.cession.ui.customer.CustomerPage;
import fr.cession.ui.customer.CustomerPageViewModel;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.order.form.AgreementForm;
import fr.cession.ui.order.form.ContactForm;
import fr.cession.ui.order.form.FollowUpForm;
import fr.cession.ui.order.form.OrderForm;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed 002 forms and the customer's page as view models, without a screen. */
class RelationshipFormsTest {

    private final TestUi ui = new TestUi();
    private final List<Object> sent = new ArrayList<>();
    private final OrderForm.Host host = (form, command) -> command.run(recording());
    private final OrderFile file = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);

    /** An OrderActions that keeps the draft each relationship command was given. */
    private OrderActions recording() {
        return (OrderActions) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {OrderActions.class},
                (proxy, method, args) -> {
                    sent.add(args[1]);
                    return null;
                });
    }

    @Test
    void aContactReportWithoutAccountNamesTheFieldAndSendsNothing() {
        ContactForm form = new ContactForm(ui.context().messages(), ui.context().formats(), host, file.orderId(),
                TestUi.CLOCK.instant(), TestUi.ACTOR);
        form.nextStepProperty().set("Rappeler");
        form.submit();
        assertThat(form.error(ContactForm.ACCOUNT).get()).isEqualTo("Compte rendu : obligatoire (les faits vus ou entendus)");
        assertThat(form.error(ContactForm.NEXT_AT).get()).isEqualTo("Date de la prochaine étape : date attendue (jj/mm/aaaa)");
        assertThat(sent).isEmpty();
        // 002:17 the form's hint: facts, not the decision
        assertThat(form.hint()).contains("faits", "pas la décision");

        form.accountProperty().set("Apport prêt, attend l'accord de la banque");
        form.nextDateProperty().set(LocalDate.of(2026, 3, 9));
        assertThat(form.error(ContactForm.NEXT_AT).get()).isEqualTo("Date de la prochaine étape : date passée");
        form.nextDateProperty().set(LocalDate.of(2026, 3, 12));
        form.nextTimeProperty().set(LocalTime.of(9, 0));
        form.channelProperty().set(ContactChannel.EMAIL);
        form.submit();
        assertThat(sent).singleElement().isInstanceOfSatisfying(ContactDraft.class, d -> {
            assertThat(d.channel()).isEqualTo(ContactChannel.EMAIL);
            assertThat(d.subject()).isEqualTo(ContactSubject.COMMANDE);
            assertThat(d.contactAt()).isEqualTo(TestUi.CLOCK.instant());
            assertThat(d.nextStep()).isEqualTo("Rappeler");
            assertThat(d.nextStepAt()).isEqualTo(LocalDate.of(2026, 3, 12).atTime(9, 0).atZone(TestUi.PARIS).toInstant());
        });
    }

    @Test
    void theFollowUpCallSendsItsOutcomeAndRatingOrNoneWhenNoRatingIsChosen() {
        FollowUpForm form = new FollowUpForm(ui.context().messages(), ui.context().formats(), host, file.orderId(),
                TestUi.CLOCK.instant(), TestUi.ACTOR);
        assertThat(form.ratings()).extracting(form::ratingLabel).startsWith("Pas de note", "1 / 5");
        form.outcomeProperty().set(null);
        form.submit();
        assertThat(form.error(FollowUpForm.OUTCOME).get()).isEqualTo("Résultat de l'appel : obligatoire");
        form.outcomeProperty().set(CallOutcome.PROBLEME);
        form.commentProperty().set("Voyant moteur allumé");
        form.submit();
        form.ratingProperty().set(4);
        form.done();
        form.submit();
        assertThat(sent).hasSize(2);
        assertThat((FollowUpDraft) sent.get(0)).satisfies(d -> {
            assertThat(d.rating()).isNull();
            assertThat(d.outcome()).isEqualTo(CallOutcome.PROBLEME);
        });
        assertThat(((FollowUpDraft) sent.get(1)).rating()).isEqualTo(4);
    }

    @Test
    void theAgreementIsPrefilledFromTheOrderAndACreditNeedsItsAmountAndLender() {
        AgreementForm form = new AgreementForm(ui.context().messages(), ui.context().formats(), host, file,
                TestUi.ACTOR);
        assertThat(form.priceProperty().get()).isEqualTo("18\u202f990,00");
        assertThat(form.methodProperty().get()).isEqualTo(PaymentMethod.VIR);
        form.methodProperty().set(PaymentMethod.CRD);
        form.submit();
        assertThat(form.error(AgreementForm.PAYMENT_TERMS).get()).isEqualTo("Conditions de paiement : obligatoire");
        assertThat(form.error(AgreementForm.FINANCED).get()).isEqualTo("Montant financé : obligatoire");
        assertThat(form.error(AgreementForm.LENDER).get()).isEqualTo("Organisme de crédit : obligatoire");
        assertThat(sent).isEmpty();
        form.methodProperty().set(PaymentMethod.VIR);
        form.paymentTermsProperty().set("Solde par virement 72 h avant la cession");
        form.deliveryTermsProperty().set("Cession à l'agence");
        form.priceProperty().set("18 500");
        form.submit();
        assertThat(sent).singleElement().isInstanceOfSatisfying(AgreementDraft.class, d -> {
            assertThat(d.agreedPrice()).isEqualByComparingTo("18500");
            assertThat(d.financedAmount()).isNull();
            assertThat(d.lender()).isNull();
        });
    }

    @Test
    void theCustomerPageSaysEachPieceWithItsOrderAndOpensIt() {
        OrderFile second = ui.order("Martin", "EF-456-GH", "VF1BBBBBB22222222", 5);
        OrderFile withCall = second.withContact(new ContactReport(UUID.randomUUID(), second.orderId(),
                ContactSubject.COMMANDE, ContactChannel.APPEL, TestUi.CLOCK.instant(), "cdupont", null, null, null,
                null, CallOutcome.SATISFAIT, 5, "Parfait", RowMeta.NEW));
        List<UUID> opened = new ArrayList<>();
        CustomerPageViewModel vm = new CustomerPageViewModel(ui.context(), opened::add);
        vm.show(CustomerPage.of(List.of(file, withCall), TestUi.CLOCK.instant()));

        assertThat(vm.titleProperty().get()).startsWith("Jean Martin — ");
        assertThat(vm.orders()).hasSize(2);
        assertThat(vm.contacts()).singleElement().satisfies(l -> assertThat(l.text())
                .contains(second.order().number(), "appel de suivi par cdupont", "Satisfait", "note 5/5", "Parfait"));
        assertThat(vm.documents()).isNotEmpty();
        // the older order's reservation activity is late (due the day after its reservation)
        assertThat(vm.problems()).anySatisfy(l -> assertThat(l.text()).contains(second.order().number(),
                "activité en retard"));
        vm.open(vm.contacts().get(0));
        assertThat(opened).containsExactly(second.orderId());
    }
}

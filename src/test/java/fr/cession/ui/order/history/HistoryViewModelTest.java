package fr.cession.ui.order.history;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.demo.DemoDataGenerator;
import fr.cession.domain.demo.DemoPeople;
import fr.cession.domain.demo.DemoRequest;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.fakes.InMemoryStore;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.i18n.PersonNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, "history a person can read", on demo orders saved and then worked on. */
class HistoryViewModelTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant WORKED = Instant.parse("2026-12-02T13:05:20Z");
    private static final Actor CLAIRE = new Actor("cdupont", "Claire Dupont", Role.COMMERCIAL, "LYON");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    /** Columns that are also plain French words, which a label or a customer's text may hold. */
    private static final Set<String> FRENCH_WORDS = Set.of("note", "position", "label", "detail");

    private static List<OrderFile> demo;

    private final InMemoryStore store = new InMemoryStore();
    private final Formats formats = new Formats(PARIS);

    @BeforeAll
    static void generate() {
        FrenchCalendar calendar = new FrenchCalendar();
        Playbook playbook = new PlaybookLoader(calendar).load(Path.of("config/playbook-b2c.yaml"));
        demo = new DemoDataGenerator(playbook, calendar, Clock.fixed(CREATED, PARIS))
                .generate(new DemoRequest(2024, 80, "LYON", List.of("j.dupont", "s.benali")));
    }

    private HistoryViewModel vm(Locale locale, boolean manager) {
        Messages m = new Messages(locale);
        return new HistoryViewModel(new FieldTexts(m, formats, new PersonNames(CLAIRE, DemoPeople.displayNames())),
                formats, manager);
    }

    /** A demo order at "Paiement vérifié" or before, saved, then worked on by Claire in one save. */
    private Worked workOnAnOrder() {
        OrderFile original = demo.stream()
                .filter(f -> f.order().status() == OrderStatus.ORGANISEE && f.order().cancellation() == null)
                .filter(f -> f.items().stream().anyMatch(i -> !i.checked()))
                .filter(f -> f.documents().stream().anyMatch(d -> d.status().name().equals("MANQUANT")))
                .findFirst().orElseThrow();
        OrderFile saved = store.save(null, original, CLAIRE, CREATED);
        ChecklistItem line = saved.items().stream().filter(i -> !i.checked()).findFirst().orElseThrow();
        OrderDocument doc = saved.documents().stream().filter(d -> d.status().name().equals("MANQUANT"))
                .findFirst().orElseThrow();
        Order o = saved.order();
        Customer c = o.customer();
        Customer moved = new Customer(c.kind(), c.firstName(), c.lastName(), c.companyName(), c.companySiren(),
                "nouvelle.adresse@exemple.fr", c.phone(), c.address(), c.cgHolding(), c.coHolderName(),
                c.collectorName());
        Order edited = new Order(o.id(), o.number(), OrderStatus.PAIEMENT_VERIFIE, o.reservedOn(), o.reservationFee(),
                o.advisor(), o.owningSite(), moved, o.vehicle(), o.handoverMode(), o.handoverAt(), o.paymentMethod(),
                o.financing(), o.vehicleReceivedOn(), o.withdrawalNoticeOn(), o.cancellation(), o.meta());
        Payment pay = new Payment(UUID.randomUUID(), o.id(), PaymentKind.SOLDE, PaymentMethod.VIR,
                new BigDecimal("12000"), WORKED, WORKED, "VIR-1", RowMeta.NEW);
        ApprovalRequest ask = new ApprovalRequest(UUID.randomUUID(), o.id(), ApprovalKind.REMBOURSEMENT,
                ApprovalStatus.DEMANDEE, CLAIRE.login(), WORKED, null, null, new BigDecimal("300"), null, RowMeta.NEW);
        OrderFile after = saved.withOrder(edited).withItem(line.tick(CLAIRE.login(), WORKED))
                .withDocument(doc.received(null, WORKED, null).validated(CLAIRE.login(), WORKED))
                .withPayment(pay).withApproval(ask);
        OrderFile done = store.save(saved, after, CLAIRE, WORKED);
        return new Worked(done, line, doc, store.history(o.id()));
    }

    private record Worked(OrderFile file, ChecklistItem line, OrderDocument doc, List<Change> history) {
    }

    @Test
    void tellsWhatAPersonDidByNameWithTheFieldLabelsAndTheTime() {
        Worked w = workOnAnOrder();
        HistoryViewModel vm = vm(Locale.FRANCE, false);
        vm.show(w.file(), w.history());

        // 2026-12-02T13:05Z is 14:05 in Paris
        assertThat(vm.lines()).contains(
                "Claire Dupont a coché « " + w.line().label() + " » — 02/12 14:05",
                "Claire Dupont a passé la commande en « Paiement vérifié » — 02/12 14:05",
                "Claire Dupont a validé « " + new Messages(Locale.FRANCE).label(w.doc().type()) + " » — 02/12 14:05");
        assertThat(vm.lines()).anyMatch(l -> l.startsWith("Claire Dupont a modifié « E-mail du client » : ")
                && l.endsWith(" → nouvelle.adresse@exemple.fr — 02/12 14:05"));
        assertThat(vm.lines()).map(l -> l.replaceAll("[\\u00a0\\u202f]", " "))
                .anyMatch(l -> l.contains("a enregistré la réception : Solde de 12 000,00 € (Virement)"));
        assertThat(vm.lines()).anyMatch(l -> l.contains("a demandé l'accord du manager : Remboursement"));
        // the moment of the work comes first, the creation after it
        assertThat(vm.moments()).hasSize(2);
        assertThat(vm.moments().get(0).at()).isEqualTo(WORKED);
        assertThat(vm.moments().get(0).person()).isEqualTo("Claire Dupont");
    }

    @Test
    void checklistLinesCreatedTogetherAreOneSentencePerActivity() {
        Worked w = workOnAnOrder();
        HistoryViewModel vm = vm(Locale.FRANCE, false);
        vm.show(w.file(), w.history());
        HistoryMoment creation = vm.moments().get(1);
        List<String> texts = creation.entries().stream().map(HistoryEntry::text).toList();
        for (Activity a : w.file().activities()) {
            long lines = w.file().itemsOf(a.id()).size();
            if (lines > 1) {
                assertThat(texts).filteredOn(t -> t.startsWith(lines + " lignes de check-list créées pour « "
                        + a.title() + " »")).hasSize(1);
            }
        }
        long created = w.history().stream().filter(c -> c.entity() == EntityKind.LIGNE_CHECKLIST).count() - 1;
        assertThat(created).isGreaterThan(10);
        assertThat(texts.size()).isLessThan((int) created);
        assertThat(texts).anyMatch(t -> t.startsWith("Claire Dupont a ajouté ") && t.contains(" documents au dossier"));
    }

    @Test
    void noEntryShowsAColumnNameOrAnInternalId() {
        Worked w = workOnAnOrder();
        for (Locale locale : List.of(Locale.FRANCE, Locale.UK)) {
            HistoryViewModel vm = vm(locale, true);
            vm.show(w.file(), w.history());
            List<String> shown = new ArrayList<>(vm.lines());
            vm.rawChanges().forEach(r -> {
                shown.add(r.heading());
                shown.addAll(r.fields());
            });
            Set<String> names = new TreeSet<>();
            for (EntityKind k : EntityKind.values()) {
                if (k.table().contains("_") || locale == Locale.FRANCE) {
                    names.add(k.table());
                }
                // a one-word column ("status", "payment") is an English word: checked in French only
                FieldTexts.columns(k).stream().filter(c -> c.contains("_")
                        || locale == Locale.FRANCE && !FRENCH_WORDS.contains(c)).forEach(names::add);
            }
            assertThat(shown).isNotEmpty();
            for (String text : shown) {
                assertThat(UUID_TEXT.matcher(text).find()).as(text).isFalse();
                for (String column : names) {
                    assertThat(Pattern.compile("\\b" + column + "\\b").matcher(text).find())
                            .as("« %s » in « %s »", column, text).isFalse();
                }
                assertThat(text).doesNotContain("!field.", "!history.", "!enum.");
            }
        }
    }

    @Test
    void theFilterKeepsOneKindOfEvent() {
        Worked w = workOnAnOrder();
        HistoryViewModel vm = vm(Locale.FRANCE, false);
        vm.show(w.file(), w.history());
        vm.filterProperty().set(HistoryFilter.PAYMENTS);
        assertThat(vm.lines()).isNotEmpty().allMatch(l -> l.contains("réception") || l.contains("paiement"));
        vm.filterProperty().set(HistoryFilter.STATUS);
        assertThat(vm.lines()).anyMatch(l -> l.contains("a passé la commande en « Paiement vérifié »"))
                .anyMatch(l -> l.contains("a créé la commande"))
                .noneMatch(l -> l.contains("a coché"));
        vm.filterProperty().set(HistoryFilter.DOCUMENTS);
        assertThat(vm.lines()).anyMatch(l -> l.contains("a validé")).noneMatch(l -> l.contains("a coché"));
        vm.filterProperty().set(HistoryFilter.APPROVALS);
        assertThat(vm.lines()).singleElement().asString().contains("l'accord du manager");
        vm.filterProperty().set(HistoryFilter.ALL);
        assertThat(vm.lines()).anyMatch(l -> l.contains("a coché"));
    }

    @Test
    void theRawLogIsForManagersOnly() {
        Worked w = workOnAnOrder();
        HistoryViewModel advisor = vm(Locale.FRANCE, false);
        advisor.show(w.file(), w.history());
        advisor.showRaw(true);
        assertThat(advisor.rawProperty().get()).isFalse();
        assertThat(advisor.rawChanges()).isEmpty();

        HistoryViewModel manager = vm(Locale.FRANCE, true);
        manager.show(w.file(), w.history());
        manager.showRaw(true);
        assertThat(manager.rawProperty().get()).isTrue();
        assertThat(manager.rawChanges()).hasSize(w.history().size());
        assertThat(manager.rawChanges().get(0).heading()).startsWith("02/12/2026 14:05 · Claire Dupont · ");
        assertThat(manager.rawChanges()).flatMap(RawChange::fields).contains("« Cochée » : non → oui");
    }

    @Test
    void speaksEnglishInEnglishAndNamesTheDemoTeam() {
        Worked w = workOnAnOrder();
        HistoryViewModel vm = vm(Locale.UK, false);
        vm.show(w.file(), w.history());
        assertThat(vm.lines()).contains("Claire Dupont ticked \"" + w.line().label() + "\" — 02/12 14:05");
        // lines ticked at generation by an advisor of the demo team read with the advisor's name
        OrderFile old = store.save(null, demo.stream().filter(f -> f.order().status() == OrderStatus.CLOTUREE)
                .findFirst().orElseThrow(), CLAIRE, CREATED.plus(Duration.ofMinutes(3)));
        HistoryViewModel fr = vm(Locale.FRANCE, false);
        fr.show(old, store.history(old.orderId()));
        assertThat(fr.lines()).anyMatch(l -> l.contains("par Julie Dupont") || l.contains("par Samir Benali"));
    }
}

package fr.cession.ui.agenda;

import fr.cession.domain.agenda.AgendaQueries;
import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.agenda.DoubleBookings;
import fr.cession.domain.agenda.Inspector;
import fr.cession.domain.agenda.InspectorRoster;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.task.BackgroundTask;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Choosing a hand-over's inspector (004:50), from the agenda or the order file, and the check
 * both screens make before an inspector is booked at a time: the same inspector already holding an
 * overlapping slot, or a bank cheque (004:51) given to an inspector without accreditation, is
 * said and asked to be confirmed. A warning, not a refusal: the advisor may know the other
 * hand-over will move, and the flag stays in the agenda until it does.
 */
public final class InspectorBooking {

    /** The « nobody » choice of the list. */
    private static final String NOBODY = "";

    private final UiContext ctx;
    private final AgendaQueries queries;
    private final Refusals refusals;

    public InspectorBooking(UiContext ctx, AgendaQueries queries) {
        this.ctx = ctx;
        this.queries = queries;
        this.refusals = new Refusals(ctx.messages(), ctx.zone());
    }

    public InspectorRoster roster() {
        return queries.roster();
    }

    public DoubleBookings bookings() {
        return queries.roster().bookings();
    }

    /** An order as the agenda shows it (the order file's own check). */
    public static Appointment of(OrderFile file) {
        Order o = file.order();
        return new Appointment(file.orderId(), o.number(), o.handoverMode(), o.status(), o.owningSite(), o.advisor(),
                o.customer().displayName(), o.handoverAt(), o.inspector(), o.paymentMethod());
    }

    /**
     * Asks who holds the hand-over (the designated inspectors of the order's site, or a typed name
     * without a list), warns of a double booking or a missing accreditation, and saves.
     *
     * @param saved   told with the order saved, on the FX thread
     * @param told    told what happened: a refusal or a change given up (true), or a save (false)
     */
    public void choose(Appointment a, Consumer<OrderFile> saved, Told told) {
        Optional<String> picked = ask(a);
        if (picked.isEmpty()) {
            return;
        }
        String name = picked.get().isBlank() ? null : canonical(picked.get().strip());
        if (Objects.equals(name, a.inspector())) {
            return;
        }
        Appointment booked = a.withInspector(name);
        ctx.executor().execute(BackgroundTask.of(() -> warnings(booked))
                .onSuccess(warnings -> {
                    if (!warnings.isEmpty() && !confirmed(ctx.messages().get("inspector.confirm.title"), booked, warnings)) {
                        told.say(true, ctx.messages().get("inspector.given.up", a.number()));
                        return;
                    }
                    save(booked, saved, told);
                })
                .onFailure(e -> told.say(true, refusals.say(e))));
    }

    /**
     * Before an appointment moves: its inspector's other hand-overs at the new time. Runs
     * {@code go} when there is none or the person confirms, {@code giveUp} otherwise (FX thread).
     */
    public void beforeMove(Appointment a, LocalDateTime to, Runnable go, Runnable giveUp) {
        if (a.inspector() == null) {
            go.run();
            return;
        }
        Appointment moved = a.withAt(to);
        ctx.executor().execute(BackgroundTask.of(() -> clashes(moved))
                .onSuccess(clashes -> {
                    if (clashes.isEmpty() || confirmed(ctx.messages().get("inspector.confirm.moveTitle"), moved,
                            List.of(clashText(moved, clashes)))) {
                        go.run();
                    } else {
                        giveUp.run();
                    }
                })
                .onFailure(e -> go.run()));
    }

    /** The other live hand-overs the appointment's inspector holds in its slot; call off the FX thread. */
    public List<Appointment> clashes(Appointment a) {
        if (!DoubleBookings.holdsInspector(a)) {
            return List.of();
        }
        DoubleBookings b = bookings();
        return b.clashes(a, queries.ofInspector(a.inspector(), a.at().minus(b.slot()), a.at().plus(b.slot())));
    }

    /** « Marc Lefèvre tient déjà la cession de C-2 (Durand) le 19/03/2026 10:30 à la même heure ». */
    public String clashText(Appointment a, List<Appointment> others) {
        String list = others.stream().map(o -> ctx.messages().get("inspector.clash.item", o.number(), o.customer(),
                ctx.formats().dateTime(o.at()))).collect(Collectors.joining(", "));
        return ctx.messages().get("inspector.clash", a.inspector(), list, bookings().slot().toMinutes());
    }

    private List<String> warnings(Appointment booked) {
        List<String> out = new ArrayList<>();
        List<Appointment> clashes = clashes(booked);
        if (!clashes.isEmpty()) {
            out.add(clashText(booked, clashes));
        }
        if (booked.inspector() != null && booked.payment() == PaymentMethod.CHQ
                && roster().find(booked.inspector()).map(i -> !i.chequeAccredited()).orElse(false)) {
            out.add(ctx.messages().get("inspector.notAccredited", booked.inspector()));
        }
        return out;
    }

    private boolean confirmed(String title, Appointment a, List<String> warnings) {
        return ctx.dialogs().confirm(title, String.join("\n", warnings) + "\n\n"
                + ctx.messages().get("inspector.confirm.question", a.number()));
    }

    private void save(Appointment booked, Consumer<OrderFile> saved, Told told) {
        ctx.executor().execute(BackgroundTask.of(() -> ctx.actions().setInspector(booked.orderId(), booked.inspector(),
                        ctx.actor()))
                .onSuccess(file -> {
                    told.say(false, booked.inspector() == null
                            ? ctx.messages().get("inspector.removed", booked.number())
                            : ctx.messages().get("inspector.set", booked.number(), booked.inspector()));
                    saved.accept(file);
                })
                .onFailure(e -> told.say(true, refusals.say(e))));
    }

    private Optional<String> ask(Appointment a) {
        String title = ctx.messages().get("inspector.choose.title");
        String prompt = ctx.messages().get("inspector.choose.prompt", a.number(), a.customer());
        List<Inspector> listed = roster().forSite(a.site());
        if (listed.isEmpty()) {
            return ctx.dialogs().askText(title, prompt, a.inspector() == null ? "" : a.inspector());
        }
        List<String> options = new ArrayList<>();
        listed.forEach(i -> options.add(i.name()));
        options.add(NOBODY);
        return ctx.dialogs().choose(title, prompt, options, name -> name.isEmpty()
                ? ctx.messages().get("inspector.nobody")
                : roster().find(name).filter(Inspector::chequeAccredited)
                        .map(i -> ctx.messages().get("inspector.option.cheque", name)).orElse(name));
    }

    /** The list's spelling of a typed name, so the agenda and the papers name one person alike. */
    private String canonical(String name) {
        return roster().find(name).map(Inspector::name).orElse(name);
    }

    /** Where the booking's outcome is said: the agenda's notice, the order file's. */
    @FunctionalInterface
    public interface Told {
        void say(boolean refusal, String text);
    }
}

package fr.cession.ui.wiring;

import fr.cession.domain.agenda.AgendaQueries;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.dashboard.DashboardQueries;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.ui.OrderActions;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.accounts.AccountsDesk;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.papers.Papers;
import fr.cession.ui.shell.DemoDataOffer;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the composition root hands the desktop.
 *
 * @param conflicts the sync's conflicts and refusals: {@code new SyncConflictDesk(...)} with a central
 *                  database, {@link ConflictDesk#NONE} without (the shorter constructor)
 * @param approvals the requests to the manager across orders (the inbox, the answers on Ma journée)
 * @param accounts  the organisation's accounts at the central database ("Comptes", Ctrl+5);
 *                  {@link AccountsDesk#NONE} on a standalone desktop (the shorter constructors)
 * @param papers    the order's PDFs and the lists' exports ({@link Papers#NONE} with the shorter constructors)
 * @param agenda    the agenda's appointments ({@link AgendaQueries#NONE} with the shorter constructors)
 * @param dashboard the manager's dashboard ({@link DashboardQueries#NONE} with the shorter constructors)
 * @param personal  the person's settings, stuck-order figures and reminders ({@link PersonalDesk#QUIET} with the
 *                  shorter constructors)
 */
public record DesktopDependencies(
        Actor actor,
        Clock clock,
        ZoneId zone,
        RuleSettings settings,
        OrderFileRepository orders,
        BoardQueries board,
        OrderActions actions,
        SyncStatus sync,
        DemoDataOffer demoData,
        Locale locale,
        ConflictDesk conflicts,
        ApprovalQueries approvals,
        AccountsDesk accounts,
        Papers papers,
        AgendaQueries agenda,
        DashboardQueries dashboard,
        PersonalDesk personal) {

    public DesktopDependencies {
        agenda = agenda == null ? AgendaQueries.NONE : agenda;
        dashboard = dashboard == null ? DashboardQueries.NONE : dashboard;
        conflicts = conflicts == null ? ConflictDesk.NONE : conflicts;
        approvals = approvals == null ? ApprovalQueries.NONE : approvals;
        accounts = accounts == null ? AccountsDesk.NONE : accounts;
        papers = papers == null ? Papers.NONE : papers;
        personal = personal == null ? PersonalDesk.QUIET : personal;
    }

    /** A desktop without reminders, saved filters kept in memory (tests of other screens). */
    public DesktopDependencies(Actor actor, Clock clock, ZoneId zone, RuleSettings settings,
                               OrderFileRepository orders, BoardQueries board, OrderActions actions, SyncStatus sync,
                               DemoDataOffer demoData, Locale locale, ConflictDesk conflicts, ApprovalQueries approvals,
                               AccountsDesk accounts, Papers papers, AgendaQueries agenda, DashboardQueries dashboard) {
        this(actor, clock, zone, settings, orders, board, actions, sync, demoData, locale, conflicts, approvals,
                accounts, papers, agenda, dashboard, PersonalDesk.QUIET);
    }

    /** A desktop without agenda nor dashboard to read (tests of other screens). */
    public DesktopDependencies(Actor actor, Clock clock, ZoneId zone, RuleSettings settings,
                               OrderFileRepository orders, BoardQueries board, OrderActions actions, SyncStatus sync,
                               DemoDataOffer demoData, Locale locale, ConflictDesk conflicts, ApprovalQueries approvals,
                               AccountsDesk accounts, Papers papers, PersonalDesk personal) {
        this(actor, clock, zone, settings, orders, board, actions, sync, demoData, locale, conflicts, approvals,
                accounts, papers, AgendaQueries.NONE, DashboardQueries.NONE, personal);
    }

    /** A desktop without agenda, dashboard nor reminders (tests of other screens). */
    public DesktopDependencies(Actor actor, Clock clock, ZoneId zone, RuleSettings settings,
                               OrderFileRepository orders, BoardQueries board, OrderActions actions, SyncStatus sync,
                               DemoDataOffer demoData, Locale locale, ConflictDesk conflicts, ApprovalQueries approvals,
                               AccountsDesk accounts, Papers papers) {
        this(actor, clock, zone, settings, orders, board, actions, sync, demoData, locale, conflicts, approvals,
                accounts, papers, AgendaQueries.NONE, DashboardQueries.NONE, PersonalDesk.QUIET);
    }

    /** A desktop whose accounts are not run from here and that prints nothing (tests of other screens). */
    public DesktopDependencies(Actor actor, Clock clock, ZoneId zone, RuleSettings settings,
                               OrderFileRepository orders, BoardQueries board, OrderActions actions, SyncStatus sync,
                               DemoDataOffer demoData, Locale locale, ConflictDesk conflicts, ApprovalQueries approvals) {
        this(actor, clock, zone, settings, orders, board, actions, sync, demoData, locale, conflicts, approvals,
                AccountsDesk.NONE, Papers.NONE);
    }

    public DesktopDependencies(Actor actor, Clock clock, ZoneId zone, RuleSettings settings,
                               OrderFileRepository orders, BoardQueries board, OrderActions actions, SyncStatus sync,
                               DemoDataOffer demoData, Locale locale, ConflictDesk conflicts) {
        this(actor, clock, zone, settings, orders, board, actions, sync, demoData, locale, conflicts, ApprovalQueries.NONE);
    }

    /** A desktop without conflicts to resolve (no central database). */
    public DesktopDependencies(Actor actor, Clock clock, ZoneId zone, RuleSettings settings,
                               OrderFileRepository orders, BoardQueries board, OrderActions actions, SyncStatus sync,
                               DemoDataOffer demoData, Locale locale) {
        this(actor, clock, zone, settings, orders, board, actions, sync, demoData, locale, ConflictDesk.NONE);
    }
}

package fr.cession.ui;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/** What the composition root hands the desktop. */
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
        Locale locale) {
}

package fr.cession.ui;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.ui.dialog.DialogService;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.TaskExecutor;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What every view model needs, built once per window (and again when the language changes).
 * Passed by constructor; nothing here is static.
 */
public record UiContext(
        Actor actor,
        Clock clock,
        ZoneId zone,
        RuleSettings settings,
        Messages messages,
        Formats formats,
        TaskExecutor executor,
        DialogService dialogs,
        OrderFileRepository orders,
        BoardQueries board,
        OrderActions actions) {
}

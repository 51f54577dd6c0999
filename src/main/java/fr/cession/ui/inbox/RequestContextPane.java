package fr.cession.ui.inbox;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Beside the inbox's list: the selected request's order, money, papers and what stops an approval. */
final class RequestContextPane extends VBox {

    private final Messages m;

    RequestContextPane(ObservableValue<RequestContext> context, Messages m) {
        super(6);
        this.m = m;
        setId("inbox-context");
        setPadding(new Insets(0, 16, 8, 8));
        setMinWidth(280);
        context.addListener((o, a, c) -> show(c));
        show(context.getValue());
    }

    private void show(RequestContext c) {
        getChildren().clear();
        Label title = new Label(m.get("inbox.context.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        getChildren().add(title);
        if (c == null) {
            getChildren().add(muted(m.get("inbox.context.none")));
            return;
        }
        c.facts().forEach(f -> getChildren().add(wrapped(f)));
        if (!c.papers().isEmpty()) {
            getChildren().add(heading(m.get("inbox.context.papers")));
            for (RequestContext.Paper p : c.papers()) {
                Label l = wrapped(p.text());
                FontIcon icon = new FontIcon(p.valid() ? Material2AL.CHECK_CIRCLE : Material2MZ.RADIO_BUTTON_UNCHECKED);
                icon.getStyleClass().add(p.valid() ? Styles.SUCCESS : Styles.WARNING);
                l.setGraphic(icon);
                getChildren().add(l);
            }
        }
        if (c.blockers().isEmpty()) {
            Label ready = wrapped(m.get("inbox.context.ready"));
            ready.setId("inbox-context-ready");
            ready.getStyleClass().add(Styles.SUCCESS);
            getChildren().add(ready);
        } else {
            getChildren().add(heading(m.get("inbox.context.blockers")));
            for (String b : c.blockers()) {
                Label l = wrapped(b);
                l.getStyleClass().addAll(Styles.DANGER, "inbox-context-blocker");
                getChildren().add(l);
            }
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}

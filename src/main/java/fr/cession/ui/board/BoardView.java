package fr.cession.ui.board;

import atlantafx.base.theme.Styles;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The board: filters on top, one virtualised list per column. Columns share the width and shrink
 * down to a readable minimum; below it the row scrolls sideways and follows the selected card.
 */
public final class BoardView extends BorderPane {

    private static final double COLUMN_MIN = 200;
    private static final double COLUMN_PREF = 270;
    private static final double COLUMN_MAX = 360;
    private static final double FOLDED_WIDTH = 140;

    private final BoardViewModel vm;
    private final Messages m;
    private final TextField search = new TextField();
    private final HBox columnsBox = new HBox(10);
    private final ScrollPane scroll = new ScrollPane(columnsBox);
    private final List<ListView<BoardCard>> lists = new ArrayList<>();
    private final List<BoardColumn> shownColumns = new ArrayList<>();
    private final BoardExportBar exportBar;
    private final CardMoving moving;

    public BoardView(BoardViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("board-view");
        exportBar = new BoardExportBar(vm.export(), m);
        moving = new CardMoving(vm);
        exportBar.shortcutWhileShown(this);
        setTop(filters());
        columnsBox.setPadding(new Insets(8, 16, 16, 16));
        columnsBox.setFillHeight(true);
        // fit to width: the columns grow into a wide window; their minimum widths make the row scroll on a narrow one
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setId("board-scroll");
        setCenter(scroll);
        vm.columns().addListener((ListChangeListener<BoardColumn>) c -> rebuildColumns());
        rebuildColumns();
    }

    /** The shell's constructor: the clock and zone are the view model's now (timing is decided once per refresh). */
    public BoardView(BoardViewModel vm, Messages m, Formats f, Clock clock, ZoneId zone) {
        this(vm, m);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusCards() {
        for (int i = 0; i < lists.size(); i++) {
            ListView<BoardCard> l = lists.get(i);
            if (!l.getItems().isEmpty() && !shownColumns.get(i).foldedProperty().get()) {
                l.requestFocus();
                if (l.getSelectionModel().isEmpty()) {
                    l.getSelectionModel().select(0);
                }
                return;
            }
        }
    }

    private VBox filters() {
        Label title = new Label(m.get("board.title"));
        title.getStyleClass().add("title-2");
        Label shown = new Label();
        shown.setId("board-shown");
        shown.getStyleClass().add("text-muted");
        Runnable shownText = () -> shown.setText(m.get(vm.groupingProperty().get() == BoardGrouping.ETAPE_COMMANDE
                ? "board.shown.orders" : "board.shown", vm.shownProperty().get()));
        vm.shownProperty().addListener((o, a, n) -> shownText.run());
        vm.groupingProperty().addListener((o, a, n) -> shownText.run());
        shownText.run();

        search.setId("board-search");
        search.setPromptText(m.get("board.search.prompt"));
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.openTheOnlyOrderShown()) {
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                focusCards();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        HBox searchBox = new HBox(6, new FontIcon(Material2MZ.SEARCH), search);
        searchBox.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup group = new ToggleGroup();
        ToggleButton byStage = new ToggleButton(m.label(BoardGrouping.ETAPE_COMMANDE));
        ToggleButton byType = new ToggleButton(m.label(BoardGrouping.TYPE_ACTIVITE));
        byStage.setId("board-by-stage");
        byType.setId("board-by-type");
        byStage.setToggleGroup(group);
        byType.setToggleGroup(group);
        byStage.getStyleClass().add("left-pill");
        byType.getStyleClass().add("right-pill");
        (vm.groupingProperty().get() == BoardGrouping.ETAPE_COMMANDE ? byStage : byType).setSelected(true);
        group.selectedToggleProperty().addListener((o, old, sel) -> {
            if (sel == null) {
                old.setSelected(true);
            } else {
                vm.groupingProperty().set(sel == byStage ? BoardGrouping.ETAPE_COMMANDE : BoardGrouping.TYPE_ACTIVITE);
            }
        });
        HBox grouping = new HBox(byStage, byType);

        ComboBox<String> assignee = combo("board-assignee", vm.assignees(), s -> s);
        assignee.valueProperty().bindBidirectional(vm.assigneeProperty());
        assignee.setPromptText(m.get("board.filter.assignee"));
        ComboBox<Role> role = combo("board-role", Arrays.asList(Role.values()), m::label);
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setPromptText(m.get("board.filter.role"));
        ComboBox<OrderStatus> stage = combo("board-stage", Arrays.asList(OrderStatus.values()), m::label);
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        stage.setPromptText(m.get("board.filter.stage"));
        ComboBox<DueWindow> due = new ComboBox<>();
        due.setId("board-due");
        due.getItems().setAll(DueWindow.values());
        due.setConverter(converter(m::label));
        due.valueProperty().bindBidirectional(vm.dueProperty());

        ComboBox<HandoverMode> mode = combo("board-mode", Arrays.asList(HandoverMode.values()), m::label);
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        mode.setPromptText(m.get("board.filter.mode"));

        javafx.scene.control.Button clear = new javafx.scene.control.Button(m.get("board.filter.clear"));
        clear.setId("board-clear");
        clear.setOnAction(e -> vm.clearFilters());

        HBox head = new HBox(12, title, shown);
        head.setAlignment(Pos.BASELINE_LEFT);
        // the export's notice beside them gives way first
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        shown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (vm.export().available()) {
            HBox.setHgrow(exportBar, Priority.ALWAYS);
            head.getChildren().add(exportBar);
        }
        FlowPane bar = new FlowPane(10, 8, searchBox, grouping, assignee, role, stage, mode, due, clear,
                new SavedFilterBar(vm, m));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, head, bar, new BoardNoticeBar(vm, m));
        top.setPadding(new Insets(16, 16, 4, 16));
        return top;
    }

    private <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(items);
        if (items instanceof javafx.collections.ObservableList<T> live) {
            live.addListener((ListChangeListener<T>) c -> {
                T keep = box.getValue();
                box.getItems().setAll(new ArrayList<>());
                box.getItems().add(null);
                box.getItems().addAll(live);
                box.setValue(keep);
            });
        }
        box.setConverter(converter(t -> t == null ? m.get("board.filter.any") : label.apply(t)));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : label.apply(item));
            }
        });
        return box;
    }

    private <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void rebuildColumns() {
        columnsBox.getChildren().clear();
        lists.clear();
        shownColumns.clear();
        for (BoardColumn col : vm.columns()) {
            int position = lists.size();
            ListView<BoardCard> list = list(col, position);
            VBox column = new VBox(6, header(col), list);
            column.getStyleClass().add("board-column-box");
            column.setId("column-box-" + col.key());
            Runnable fold = () -> {
                boolean folded = col.foldedProperty().get();
                list.setVisible(!folded);
                list.setManaged(!folded);
                column.setMinWidth(folded ? FOLDED_WIDTH : COLUMN_MIN);
                column.setPrefWidth(folded ? FOLDED_WIDTH : COLUMN_PREF);
                column.setMaxWidth(folded ? FOLDED_WIDTH : COLUMN_MAX);
                HBox.setHgrow(column, folded ? Priority.NEVER : Priority.ALWAYS);
                column.pseudoClassStateChanged(FOLDED, folded);
            };
            col.foldedProperty().addListener((o, a, n) -> fold.run());
            fold.run();
            list.focusedProperty().addListener((o, a, focused) -> {
                if (focused) {
                    reveal(column);
                }
            });
            lists.add(list);
            shownColumns.add(col);
            columnsBox.getChildren().add(column);
        }
    }

    private static final javafx.css.PseudoClass FOLDED = javafx.css.PseudoClass.getPseudoClass("folded");

    private Node header(BoardColumn col) {
        Label title = new Label(col.title());
        title.getStyleClass().add("column-title");
        title.setMinWidth(0);
        title.setTooltip(new Tooltip(col.title()));
        Label summary = new Label();
        summary.getStyleClass().addAll("text-muted", "text-small");
        summary.setId("column-summary-" + col.key());
        // a folded column is narrow: the count and the amount each get their line
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> col.foldedProperty().get() ? col.summaryProperty().get().replace(" · ", "\n")
                        : col.summaryProperty().get(), col.summaryProperty(), col.foldedProperty()));
        summary.setWrapText(true);
        VBox texts = new VBox(1, title, summary);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox head = new HBox(4, texts);
        head.setAlignment(Pos.CENTER_LEFT);
        if (col.collapsible()) {
            Button toggle = new Button();
            toggle.setId("column-toggle-" + col.key());
            toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            Tooltip tip = new Tooltip();
            toggle.setTooltip(tip);
            Runnable look = () -> {
                boolean folded = col.foldedProperty().get();
                toggle.setGraphic(new FontIcon(folded ? Material2AL.CHEVRON_RIGHT : Material2AL.CHEVRON_LEFT));
                tip.setText(m.get(folded ? "board.column.expand" : "board.column.collapse", col.title()));
            };
            col.foldedProperty().addListener((o, a, n) -> look.run());
            look.run();
            toggle.setOnAction(e -> col.toggle());
            head.getChildren().add(0, toggle);
            head.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getTarget() != toggle) {
                    col.toggle();
                }
            });
        }
        return head;
    }

    private ListView<BoardCard> list(BoardColumn col, int position) {
        ListView<BoardCard> list = new ListView<>(col.cards());
        list.getStyleClass().add("board-column");
        list.setId("column-" + col.key());
        list.setMinWidth(0);
        list.setCellFactory(v -> new CardCell(vm, m, moving::dragging));
        moving.dropTarget(list, col);
        list.setPlaceholder(new Label(m.get(vm.groupingProperty().get() == BoardGrouping.ETAPE_COMMANDE
                ? "board.column.empty.orders" : "board.column.empty")));
        // a filter: the list's own key handling would take Enter and the arrows first
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(e, list, position));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private void onKey(KeyEvent e, ListView<BoardCard> list, int position) {
        if (moving.key(e, list.getSelectionModel().getSelectedItem())) {
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case ENTER -> vm.open(list.getSelectionModel().getSelectedItem());
            case J -> move(list, 1);
            case K -> move(list, -1);
            case LEFT, H -> jump(list, position, -1);
            case RIGHT, L -> jump(list, position, 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static void move(ListView<BoardCard> list, int delta) {
        int i = Math.max(0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + delta));
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 2));
    }

    /** To the next unfolded column on that side that has cards, at the same height if it can. */
    private void jump(ListView<BoardCard> from, int position, int step) {
        int row = Math.max(0, from.getSelectionModel().getSelectedIndex());
        for (int p = position + step; p >= 0 && p < lists.size(); p += step) {
            ListView<BoardCard> target = lists.get(p);
            if (shownColumns.get(p).foldedProperty().get() || target.getItems().isEmpty()) {
                continue;
            }
            target.requestFocus();
            int i = Math.min(row, target.getItems().size() - 1);
            target.getSelectionModel().select(i);
            target.scrollTo(Math.max(0, i - 2));
            reveal(target.getParent());
            return;
        }
    }

    /** Scrolls the row of columns just enough for {@code column} to be in full view. */
    private void reveal(Node column) {
        double content = columnsBox.getWidth();
        double view = scroll.getViewportBounds().getWidth();
        if (content <= view || view <= 0) {
            return;
        }
        Bounds b = column.getBoundsInParent();
        double left = scroll.getHvalue() * (content - view);
        if (b.getMinX() < left) {
            left = b.getMinX();
        } else if (b.getMaxX() > left + view) {
            left = b.getMaxX() - view;
        }
        scroll.setHvalue(left / (content - view));
    }
}

package fr.cession.ui.board;

import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The board: filters on top, one virtualised list per column. */
public final class BoardView extends BorderPane {

    private final BoardViewModel vm;
    private final Messages m;
    private final Formats f;
    private final Clock clock;
    private final ZoneId zone;
    private final TextField search = new TextField();
    private final HBox columnsBox = new HBox(12);
    private final List<ListView<ActivityCard>> lists = new ArrayList<>();

    public BoardView(BoardViewModel vm, Messages m, Formats f, Clock clock, ZoneId zone) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        this.clock = clock;
        this.zone = zone;
        setId("board-view");
        setTop(filters());
        columnsBox.setPadding(new Insets(8, 16, 16, 16));
        columnsBox.setFillHeight(true);
        ScrollPane scroll = new ScrollPane(columnsBox);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        setCenter(scroll);
        vm.columns().addListener((ListChangeListener<BoardColumn>) c -> rebuildColumns());
        rebuildColumns();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusCards() {
        for (ListView<ActivityCard> l : lists) {
            if (!l.getItems().isEmpty()) {
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
        vm.shownProperty().addListener((o, a, n) -> shown.setText(m.get("board.shown", n.intValue())));
        shown.setText(m.get("board.shown", vm.shownProperty().get()));

        search.setId("board-search");
        search.setPromptText(m.get("board.search.prompt"));
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
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
        ComboBox<OrderStatus> stage = combo("board-stage", Arrays.stream(OrderStatus.values())
                .filter(s -> !s.terminal()).toList(), m::label);
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        stage.setPromptText(m.get("board.filter.stage"));
        ComboBox<DueWindow> due = new ComboBox<>();
        due.setId("board-due");
        due.getItems().setAll(DueWindow.values());
        due.setConverter(converter(m::label));
        due.valueProperty().bindBidirectional(vm.dueProperty());

        javafx.scene.control.Button clear = new javafx.scene.control.Button(m.get("board.filter.clear"));
        clear.setId("board-clear");
        clear.setOnAction(e -> vm.clearFilters());

        HBox head = new HBox(12, title, shown);
        head.setAlignment(Pos.BASELINE_LEFT);
        FlowPane bar = new FlowPane(10, 8, searchBox, grouping, assignee, role, stage, due, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, head, bar);
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
        for (BoardColumn col : vm.columns()) {
            Label head = new Label();
            head.getStyleClass().add("column-title");
            head.textProperty().bind(col.countProperty().asString(col.title() + "  (%d)"));
            ListView<ActivityCard> list = new ListView<>(col.cards());
            list.getStyleClass().add("board-column");
            list.setId("column-" + col.key());
            list.setPrefWidth(290);
            list.setMinWidth(290);
            list.setCellFactory(v -> new CardCell(vm, m, f, clock, zone));
            list.setPlaceholder(new Label(m.get("board.column.empty")));
            int position = lists.size();
            list.setOnKeyPressed(e -> onKey(e.getCode(), list, position, e));
            list.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    vm.open(list.getSelectionModel().getSelectedItem());
                }
            });
            VBox.setVgrow(list, Priority.ALWAYS);
            VBox column = new VBox(6, head, list);
            column.getStyleClass().add("board-column-box");
            lists.add(list);
            columnsBox.getChildren().add(column);
        }
    }

    private void onKey(KeyCode code, ListView<ActivityCard> list, int position, javafx.scene.input.KeyEvent e) {
        switch (code) {
            case ENTER -> vm.open(list.getSelectionModel().getSelectedItem());
            case J -> move(list, 1);
            case K -> move(list, -1);
            case LEFT, H -> jump(position - 1);
            case RIGHT, L -> jump(position + 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static void move(ListView<ActivityCard> list, int delta) {
        int i = Math.max(0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + delta));
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 2));
    }

    private void jump(int position) {
        if (position >= 0 && position < lists.size()) {
            ListView<ActivityCard> target = lists.get(position);
            target.requestFocus();
            if (target.getSelectionModel().isEmpty() && !target.getItems().isEmpty()) {
                target.getSelectionModel().select(0);
            }
        }
    }
}

package fr.cession.ui.dashboard;

import atlantafx.base.theme.Styles;
import fr.cession.domain.dashboard.DashboardFigures;
import fr.cession.domain.dashboard.DashboardOrder;
import fr.cession.domain.dashboard.DashboardSlice;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.ui.control.AllOrOne;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.papers.ExportFormat;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The manager's dashboard: the filter (period, site, person), the figures as buttons and two bar
 * charts (orders by stage, cancellations by case), each clicked for the orders behind it in the
 * list below, which opens an order (double click or Entrée) and exports.
 */
public final class DashboardView extends BorderPane {


    private final DashboardViewModel vm;
    private final Messages m;
    private final Formats f;
    private final FlowPane tiles = new FlowPane(8, 8);
    private final BarChart<Number, String> stages = horizontalChart();
    // horizontal: the cases' long names read on one line instead of eating the chart's height
    private final BarChart<Number, String> cancellations = horizontalChart();
    private final TableView<DashboardOrder> table = new TableView<>();

    public DashboardView(DashboardViewModel vm, Messages m, Formats f) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("dashboard-view");
        stages.setId("dashboard-stages");
        stages.setTitle(m.get("dashboard.chart.stages"));
        cancellations.setId("dashboard-cancellations");
        cancellations.setTitle(m.get("dashboard.chart.cancellations"));
        vm.figuresProperty().addListener((o, a, figures) -> show(figures));
        HBox charts = new HBox(8, stages, cancellations);
        HBox.setHgrow(stages, Priority.ALWAYS);
        // the stages' seven bars get the width; the three cases less
        stages.setPrefWidth(600);
        cancellations.setPrefWidth(560);
        charts.setMinHeight(300);
        table.setMinHeight(160);
        VBox body = new VBox(8, tiles, charts, list());
        VBox.setVgrow(table, Priority.ALWAYS);
        body.setPadding(new Insets(0, 16, 8, 16));
        setTop(filterBar());
        setCenter(body);
        if (vm.figuresProperty().get() != null) {
            show(vm.figuresProperty().get());
        }
    }

    private VBox filterBar() {
        Label title = new Label(m.get("dashboard.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        TextField from = new TextField();
        from.setId("dashboard-from");
        from.setPrefColumnCount(8);
        from.textProperty().bindBidirectional(vm.fromProperty());
        TextField to = new TextField();
        to.setId("dashboard-to");
        to.setPrefColumnCount(8);
        to.textProperty().bindBidirectional(vm.toProperty());
        ComboBox<String> site = AllOrOne.choice("dashboard-site", vm.sites(), m.get("dashboard.allSites"),
                vm.siteProperty()::set);
        ComboBox<String> person = AllOrOne.choice("dashboard-person", vm.people(), m.get("dashboard.allPeople"),
                vm.personProperty()::set);
        Button apply = new Button(m.get("dashboard.apply"));
        apply.setId("dashboard-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> vm.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, title, new Label(m.get("dashboard.from")), from, new Label(m.get("dashboard.to")), to,
                new Label(m.get("dashboard.site")), site, new Label(m.get("dashboard.person")), person, apply, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("dashboard-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(4, bar, error);
        top.setPadding(new Insets(8, 16, 8, 16));
        return top;
    }

    private VBox list() {
        Label title = new Label();
        title.setId("dashboard-list-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(vm.ordersTitleProperty());
        MenuButton export = new MenuButton(m.get("board.export.menu"));
        export.setId("dashboard-export");
        export.disableProperty().bind(vm.export().runningProperty());
        export.setVisible(vm.export().available());
        MenuItem csv = new MenuItem(m.get("board.export.csv"));
        csv.setOnAction(e -> vm.export().export(ExportFormat.CSV));
        MenuItem xlsx = new MenuItem(m.get("board.export.xlsx"));
        xlsx.setOnAction(e -> vm.export().export(ExportFormat.XLSX));
        export.getItems().setAll(csv, xlsx);
        Label notice = new Label();
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(vm.export().noticeProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox head = new HBox(8, title, spring, notice, export);
        head.setAlignment(Pos.CENTER_LEFT);
        table.setId("dashboard-orders");
        table.setPlaceholder(new Label(m.get("dashboard.list.hint")));
        table.setItems(vm.orders());
        table.getColumns().setAll(List.of(
                column("dashboard.col.number", DashboardOrder::number),
                column("dashboard.col.customer", DashboardOrder::customer),
                column("dashboard.col.status", o -> m.label(o.status())),
                column("dashboard.col.site", DashboardOrder::site),
                column("dashboard.col.advisor", DashboardOrder::advisor),
                column("dashboard.col.reserved", o -> f.date(o.reservedOn())),
                column("dashboard.col.handover", o -> f.dateTime(o.handoverAt()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<DashboardOrder> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem().orderId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DashboardOrder o = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && o != null) {
                vm.open(o.orderId());
                e.consume();
            }
        });
        return new VBox(4, head, table);
    }

    private TableColumn<DashboardOrder, String> column(String key, Function<DashboardOrder, String> value) {
        TableColumn<DashboardOrder, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private void show(DashboardFigures figures) {
        if (figures == null) {
            return;
        }
        List<Node> t = new ArrayList<>();
        t.add(tile("dashboard-tile-orders", m.get("dashboard.tile.orders", figures.orders()), null));
        t.add(tile("dashboard-tile-overdue", m.get("dashboard.tile.overdue", figures.overdueActivities()),
                DashboardSlice.of(DashboardSlice.Kind.OVERDUE)));
        t.add(tile("dashboard-tile-funds", m.get("dashboard.tile.funds", f.amount(figures.fundsReceived()),
                f.amount(figures.fundsExpected())), DashboardSlice.of(DashboardSlice.Kind.FUNDS_PENDING)));
        t.add(tile("dashboard-tile-week", m.get("dashboard.tile.week", figures.handoversThisWeek()),
                DashboardSlice.of(DashboardSlice.Kind.HANDOVERS_WEEK)));
        t.add(tile("dashboard-tile-approvals", m.get("dashboard.tile.approvals", figures.approvalsWaiting()),
                DashboardSlice.of(DashboardSlice.Kind.APPROVALS_WAITING)));
        t.add(tile("dashboard-tile-median", figures.medianDaysToSale() == null ? m.get("dashboard.tile.noSale")
                        : m.get("dashboard.tile.median", figures.medianDaysToSale(),
                        figures.sold()), DashboardSlice.of(DashboardSlice.Kind.SOLD)));
        tiles.getChildren().setAll(t);
        XYChart.Series<Number, String> byStage = new XYChart.Series<>();
        byStage.setName(m.get("dashboard.chart.orders"));
        List<OrderStatus> top = new java.util.ArrayList<>(List.of(OrderStatus.values()));
        java.util.Collections.reverse(top); // a horizontal chart draws its first category at the bottom
        for (OrderStatus s : top) {
            int value = figures.byStage().getOrDefault(s, 0);
            XYChart.Data<Number, String> d = new XYChart.Data<>(value, m.label(s));
            clickable(d.nodeProperty(), m.label(s), value, "dashboard-bar-" + s.name(), DashboardSlice.stage(s));
            byStage.getData().add(d);
        }
        stages.getData().setAll(List.of(byStage));
        XYChart.Series<Number, String> byCase = new XYChart.Series<>();
        byCase.setName(m.get("dashboard.chart.cancelled"));
        List<CancellationCase> cases = new java.util.ArrayList<>(List.of(CancellationCase.values()));
        java.util.Collections.reverse(cases);
        for (CancellationCase c : cases) {
            int value = figures.cancellations().getOrDefault(c, 0);
            XYChart.Data<Number, String> d = new XYChart.Data<>(value, m.label(c));
            clickable(d.nodeProperty(), m.label(c), value, "dashboard-bar-" + c.name(), DashboardSlice.cancelled(c));
            byCase.getData().add(d);
        }
        cancellations.getData().setAll(List.of(byCase));
    }

    private Button tile(String id, String text, DashboardSlice slice) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("dashboard-tile");
        if (slice == null) {
            b.setDisable(true);
        } else {
            b.setOnAction(e -> vm.drill(slice));
        }
        return b;
    }


    private void clickable(javafx.beans.value.ObservableValue<Node> bar, String label, int value, String id,
                           DashboardSlice slice) {
        // the bar's node exists once the chart lays the series out
        bar.addListener((o, a, node) -> {
            if (node != null) {
                node.setId(id);
                node.setOnMouseClicked(e -> vm.drill(slice));
                node.setCursor(javafx.scene.Cursor.HAND);
                javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(label + " : " + value));
            }
        });
    }

    private static BarChart<Number, String> horizontalChart() {
        NumberAxis x = new NumberAxis();
        x.setMinorTickVisible(false);
        BarChart<Number, String> c = new BarChart<>(x, new CategoryAxis());
        c.setLegendVisible(false);
        c.setAnimated(false);
        c.setPrefHeight(260);
        return c;
    }


    public void focusFirst() {
        tiles.getChildren().stream().filter(n -> !n.isDisabled()).findFirst().ifPresent(Node::requestFocus);
    }
}

package fr.cession.ui.journey;

import fr.cession.ui.shell.Screen;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;

/** The board (Ctrl+2): search an order and open it by a click on its number. */
public final class BoardPage {

    private final Desk desk;

    private BoardPage(Desk desk) {
        this.desk = desk;
    }

    public static BoardPage open(Desk desk) throws Exception {
        desk.robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Desk.waitFor(() -> desk.window().viewModel().screenProperty().get() == Screen.TABLEAU);
        return new BoardPage(desk);
    }

    /** Ctrl+F, the number typed, then a click on the one card's number: its order file opens. */
    public OrderFilePage openOrder(String number) throws Exception {
        desk.robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        Desk.waitFor(() -> desk.robot.lookup("#board-search").query().isFocused());
        desk.robot.write(number);
        Desk.waitFor(() -> desk.robot.lookup(".order-number").queryAllAs(Hyperlink.class).stream()
                .anyMatch(h -> number.equals(h.getText()) && Desk.showing(h)));
        Hyperlink link = desk.robot.lookup(".order-number").queryAllAs(Hyperlink.class).stream()
                .filter(h -> number.equals(h.getText()) && Desk.showing(h)).findFirst().orElseThrow();
        desk.robot.clickOn(link);
        Desk.waitFor(() -> desk.window().viewModel().screenProperty().get() == Screen.FICHE_COMMANDE
                && desk.window().viewModel().orderFile().fileProperty().get() != null
                && number.equals(desk.window().viewModel().orderFile().fileProperty().get().order().number()));
        return new OrderFilePage(desk).ready();
    }
}

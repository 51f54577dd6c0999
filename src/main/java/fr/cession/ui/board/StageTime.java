package fr.cession.ui.board;

/**
 * How long an order has been in its current stage, as its card says it, and whether that is past
 * the stage's figure ({@code config/tableau.properties}).
 *
 * @param days  whole days since the order entered the stage; -1 when unknown
 * @param text  « dans l'étape depuis 3 j », or empty when unknown
 */
public record StageTime(long days, String text, boolean stuck) {

    public static final StageTime UNKNOWN = new StageTime(-1, "", false);

    public boolean known() {
        return days >= 0;
    }
}

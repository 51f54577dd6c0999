package fr.cession.ui.papers;

/**
 * The papers and the file desk together, as the screens use them: write a PDF or an export where
 * the person chose, then open it.
 */
public record PaperDesk(Papers papers, FileDesk files) {

    public PaperDesk {
        papers = papers == null ? Papers.NONE : papers;
    }

    public static final PaperDesk NONE = new PaperDesk(Papers.NONE, null);
}

package fr.cession.ui.papers;

/** The files a list exports to. */
public enum ExportFormat {
    /** UTF-8 with a byte order mark and ";" between cells: what French Excel opens as is. */
    CSV("csv"),
    XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}

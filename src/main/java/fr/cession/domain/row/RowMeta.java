package fr.cession.domain.row;

import java.time.Instant;

/**
 * The bookkeeping every synchronised row carries: the version it is at (0 before its first
 * save), who changed it last, from which site, when, and whether it is deleted.
 */
public record RowMeta(long version, Instant modifiedAt, String modifiedBy, String modifiedSite, boolean deleted) {

    public static final RowMeta NEW = new RowMeta(0, null, null, null, false);

    public boolean isNew() {
        return version == 0;
    }
}

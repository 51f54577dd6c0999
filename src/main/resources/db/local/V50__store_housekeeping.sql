-- When the local file was last compacted, so closing the store compacts it (H2 SHUTDOWN COMPACT,
-- a few seconds) only once it has grown well beyond its compacted size: H2 keeps the space of
-- rewritten pages for a while, and bulk writes (demo data, imports) left files 7 times larger
-- than their data. compacted_bytes 0: never compacted, so a file bloated by an earlier version
-- is compacted at its first close. measure_at_open: the size is read at the next opening,
-- the compaction having happened as the database closed.
CREATE TABLE store_housekeeping (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    compacted_bytes BIGINT  NOT NULL,
    measure_at_open BOOLEAN NOT NULL
);
INSERT INTO store_housekeeping (id, compacted_bytes, measure_at_open) VALUES (1, 0, FALSE);

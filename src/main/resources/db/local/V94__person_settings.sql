-- What a person chooses on their own desktop: the board's saved filters, which reminders they
-- want, the day their morning digest was last shown. Never synchronised (not in SyncedTables):
-- these are habits of one person on one machine, not part of any order.
CREATE TABLE person_setting (
    login VARCHAR(80)   NOT NULL,
    setting_name  VARCHAR(120)  NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (login, setting_name)
);

-- A customer account (or member) the central database refused: its reason, shown on the accounts
-- screen until a person changes the row again. The row is no longer sent at each synchronisation:
-- a refusal is final until someone fixes what it names.
ALTER TABLE customer_account ADD COLUMN refusal VARCHAR(1000);
ALTER TABLE customer_account_member ADD COLUMN refusal VARCHAR(1000);

-- The same columns as the desktops' sales_order (local V98): the customer account and sub-account
-- an order is placed for (seed 000), its terms then, and the collector recorded (004:13).
ALTER TABLE sales_order ADD COLUMN customer_account_id UUID;
ALTER TABLE sales_order ADD COLUMN customer_account_name VARCHAR(160);
ALTER TABLE sales_order ADD COLUMN customer_account_kind VARCHAR(14);
ALTER TABLE sales_order ADD COLUMN sub_account_id UUID;
ALTER TABLE sales_order ADD COLUMN sub_account_name VARCHAR(160);
ALTER TABLE sales_order ADD COLUMN account_deposit_percent INTEGER;
ALTER TABLE sales_order ADD COLUMN account_commission_cents BIGINT;
ALTER TABLE sales_order ADD COLUMN collector_member_id UUID;
ALTER TABLE sales_order ADD CONSTRAINT ck_sales_order_account_kind
    CHECK (customer_account_kind IN ('SOCIETE', 'PROFESSIONNEL'));
ALTER TABLE sales_order ADD CONSTRAINT ck_sales_order_account_deposit CHECK (account_deposit_percent BETWEEN 0 AND 100);
ALTER TABLE sales_order ADD CONSTRAINT ck_sales_order_account_commission CHECK (account_commission_cents >= 0);
CREATE INDEX ix_sales_order_customer_account ON sales_order (customer_account_id);

-- V20's check that the account belongs to the order's organisation. Named to fire after
-- tr_sales_order_organisation (triggers fire by name), which sets the organisation first.
CREATE TRIGGER tr_sales_order_with_customer_account BEFORE INSERT OR UPDATE ON sales_order
    FOR EACH ROW EXECUTE FUNCTION sales_order_customer_account();

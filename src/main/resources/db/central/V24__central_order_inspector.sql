-- The hand-over's inspector (004:50), as the desktops keep it (local V101): same column.
ALTER TABLE sales_order ADD COLUMN inspector VARCHAR(80);

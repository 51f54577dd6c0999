-- The agenda reads the appointments of a week or a month by hand-over time; the manager's
-- dashboard counts the orders reserved in a period. Both are range reads of sales_order that
-- would otherwise scan every order.
CREATE INDEX ix_sales_order_handover_at ON sales_order (handover_at);
CREATE INDEX ix_sales_order_reserved_on ON sales_order (reserved_on, owning_site, advisor);

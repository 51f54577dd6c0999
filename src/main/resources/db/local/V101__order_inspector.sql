-- The inspector who holds the hand-over (004:50 "Recherche et planification d'un inspecteur"):
-- a name from the designated list (config/inspecteurs.properties), synced with the order.
-- An inspector's bookings are read on the hand-over time range (ix_sales_order_handover_at, V93).
ALTER TABLE sales_order ADD COLUMN inspector VARCHAR(80);

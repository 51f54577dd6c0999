-- The longest cancellation case, FRAIS_RESERVATION_SEULS (004:62), has 23 characters: V1's
-- VARCHAR(20) refused every cancellation of that case.
ALTER TABLE sales_order ALTER COLUMN cancellation_case SET DATA TYPE VARCHAR(30);

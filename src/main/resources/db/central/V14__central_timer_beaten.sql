-- Timed outcomes (seed 001: « 48 h pour la valider », « terminée automatiquement » 7 jours après
-- la livraison) fire on whichever desktop notices them first, written as of their due instant.
-- A person who moved the order out of the status the timer expected BEFORE that instant wins,
-- even when their change reached the central database first from another desktop: the timer's
-- change is then refused, with this person and moment as its reason. The change feed has every
-- status change with its author (the login, set by the central database) and its moment.
CREATE FUNCTION timer_beaten_by(p_order UUID, p_from_status TEXT, p_due TIMESTAMP WITH TIME ZONE)
    RETURNS TABLE (changed_by VARCHAR, changed_at TIMESTAMP WITH TIME ZONE, new_status TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT c.changed_by, c.changed_at, f ->> 'n'
      FROM public.central_change c CROSS JOIN LATERAL jsonb_array_elements(c.fields) f
     WHERE c.order_id = p_order AND c.entity = 'sales_order'
       AND f ->> 'f' = 'status' AND f ->> 'o' = p_from_status AND c.changed_at < p_due
     ORDER BY c.changed_at DESC
     LIMIT 1
$$;
REVOKE EXECUTE ON FUNCTION timer_beaten_by(UUID, TEXT, TIMESTAMP WITH TIME ZONE) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION timer_beaten_by(UUID, TEXT, TIMESTAMP WITH TIME ZONE) TO cession_person;

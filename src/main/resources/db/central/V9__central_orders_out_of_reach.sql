-- Which of the orders a desktop holds the person behind the connection may no longer see (moved
-- to another organisation, or the person to another one): the desktop removes its copies. Row-level
-- security alone cannot say it: an order out of reach and one never pushed look the same through it.
-- Only ids the desktop already knows are answered, and only for a person's login: an administrator
-- sees everything, and a login that is no person (an older shared one) is told nothing, so that no
-- desktop empties itself because of how it connects.
CREATE FUNCTION cession_orders_out_of_reach(p_ids UUID[]) RETURNS SETOF UUID LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT o.id FROM public.sales_order o
    WHERE o.id = ANY (p_ids)
      AND NOT public.cession_is_admin()
      AND pg_has_role(session_user, 'cession_person', 'MEMBER')
      AND o.organisation_id IS DISTINCT FROM public.cession_organisation()
$$;
GRANT EXECUTE ON FUNCTION cession_orders_out_of_reach(UUID[]) TO cession_person;

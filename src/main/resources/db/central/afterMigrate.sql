-- After every migration: everything of the central schema belongs to cession_owner, so no login
-- that connects (a person's, or the administrator's own) owns a table, and a table a later
-- migration adds is no exception. The migration history stays the administrator's (Flyway's).
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'central_schema_history'
               AND c.relowner <> 'cession_owner'::regrole LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO cession_owner', r.relname);
    END LOOP;
    -- sequences of their own (identity sequences follow their table)
    FOR r IN SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> 'cession_owner'::regrole
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_class'::regclass
                               AND d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
        EXECUTE format('ALTER SEQUENCE public.%I OWNER TO cession_owner', r.relname);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS routine FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proowner <> 'cession_owner'::regrole
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_proc'::regclass
                               AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO cession_owner', r.routine);
    END LOOP;
END $$;
-- A function is callable only by whom it is granted to (PostgreSQL grants EXECUTE to everyone by default).
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

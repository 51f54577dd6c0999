-- Timed outcomes under people's own accounts (issue 10): the change feed names whoever sent each
-- change (V8), so a timer's cancellation pushed by the first desktop to notice it was recorded in
-- that person's name. Every desktop's history then told a person's act instead of « annulée
-- automatiquement », and the central database could no longer tell the timer's changes apart to take
-- them back when a person had acted before the due instant (fr.cession.sync.central.TimerUndo). The
-- names of the timer (« echeance ») and of its taking back (« echeance_devancee »,
-- fr.cession.domain.timer.TimerActor) are now kept as the author; who really sent the change is kept
-- beside it, in sent_by, for every change.
ALTER TABLE central_change ADD COLUMN sent_by VARCHAR(63);

CREATE OR REPLACE FUNCTION central_change_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT public.cession_is_admin() THEN
        NEW.sent_by := session_user;
        IF NEW.changed_by IS DISTINCT FROM 'echeance' AND NEW.changed_by IS DISTINCT FROM 'echeance_devancee' THEN
            NEW.changed_by := session_user;
        END IF;
        NEW.xid := pg_current_xact_id()::text::bigint;
        NEW.recorded_at := now();
    END IF;
    RETURN NEW;
END $$;

-- A request to a manager may be withdrawn before a decision, by its requester or because the
-- hand-over date it was about changed (004:26); the desktops' schema allows it since their V70.
ALTER TABLE approval_request DROP CONSTRAINT ck_approval_status;
ALTER TABLE approval_request ADD CONSTRAINT ck_approval_status
    CHECK (status IN ('DEMANDEE', 'APPROUVEE', 'REFUSEE', 'RETIREE'));

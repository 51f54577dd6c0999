-- The order's ledger (001: the buyer's money is held on the escrow wallet until the sale
-- completes, then released to the seller partner, 004:54 "Passer en vendu + P2P"): each movement
-- says who recorded it, who saw its funds arrive, when and by whom it was released, and whose
-- name the payer gave (a payer other than the buyer is a red flag, 003:9).
ALTER TABLE payment ADD COLUMN recorded_by VARCHAR(80);
ALTER TABLE payment ADD COLUMN received_by VARCHAR(80);
ALTER TABLE payment ADD COLUMN released_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payment ADD COLUMN released_by VARCHAR(80);
ALTER TABLE payment ADD COLUMN payer_name VARCHAR(120);
-- Only money that came in is released, and a refund is never released to the seller.
ALTER TABLE payment ADD CONSTRAINT ck_payment_release
    CHECK (released_at IS NULL OR (received_at IS NOT NULL AND kind <> 'REMBOURSEMENT'));

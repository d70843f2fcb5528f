-- Finding settlements (daily reconciliation 日对账, lookup by encounter number) and why a settlement was reversed.
-- kind is a plain string: DISCHARGE today; further kinds of settlement add their own values without a schema change.
-- IF NOT EXISTS: another migration may already have added the column.
ALTER TABLE settlement ADD COLUMN IF NOT EXISTS kind varchar(32) NOT NULL DEFAULT 'DISCHARGE';
-- Reason (required when a reversal states one) and the operator who reversed; both null for a reversal without body.
ALTER TABLE settlement ADD COLUMN reversal_reason varchar(500);
ALTER TABLE settlement ADD COLUMN reversal_operator varchar(64);
ALTER TABLE settlement ADD CONSTRAINT settlement_reversal_reason_check
    CHECK (reversal_reason IS NULL OR status = 'REVERSED');
-- The search pages in (settled_at, settlement_id) order, by hospital or over all.
CREATE INDEX settlement_hospital_settled ON settlement (hospital_code, settled_at, settlement_id);
CREATE INDEX settlement_settled ON settlement (settled_at, settlement_id);
-- ASSISTANCE_OFFICE has 17 characters: the role column of V3 was too narrow to create such a client.
ALTER TABLE api_client ALTER COLUMN role TYPE varchar(32);

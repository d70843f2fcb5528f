-- One audit row per request: the row a write transaction inserts before its commit and the row the audit filter
-- writes after the answer carry the same attempt id, so the filter's row is dropped (ON CONFLICT DO NOTHING) when the
-- transaction committed its own, even if the commit's acknowledgement was lost. Rows written before V13 have none.
ALTER TABLE audit_event ADD COLUMN attempt_id uuid;
CREATE UNIQUE INDEX audit_event_attempt ON audit_event (attempt_id);

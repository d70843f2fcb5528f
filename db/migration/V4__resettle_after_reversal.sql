-- A reversed encounter may be settled again under its (hospitalCode, encounterNo): after 冲正 the HIS re-settles
-- the corrected claim with the same encounter number. At most one settlement per key is SETTLED at a time.
ALTER TABLE settlement DROP CONSTRAINT settlement_encounter_key;
CREATE UNIQUE INDEX settlement_encounter_settled ON settlement (hospital_code, encounter_no) WHERE status = 'SETTLED';
CREATE INDEX settlement_encounter ON settlement (hospital_code, encounter_no);

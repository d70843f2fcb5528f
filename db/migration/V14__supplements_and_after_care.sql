-- Settlements the assistance office makes after the discharge desk (README "Assistance office"):
--   SUPPLEMENT  a retroactive supplementary settlement of an encounter settled before an on-application identity was
--               approved (001 第十四条(二), 004 四(七)), linked to the settlement it supplements and to the approval;
--   AFTER_CARE  an after-care assistance claim (医后救助: 001 第十五条, 002 二(五)), idempotent on the office's region and
--               its application number.
-- Every settlement from now on keeps the encounter facts it was assessed on (claim, JSON) and its discharge date, so
-- that a later approval can assess it again; settlements stored before carry neither and are not supplemented.
ALTER TABLE settlement ADD COLUMN supplement_of uuid REFERENCES settlement (settlement_id);
ALTER TABLE settlement ADD COLUMN identity_id uuid REFERENCES assistance_identity (identity_id);
ALTER TABLE settlement ADD COLUMN application_no varchar(64);
ALTER TABLE settlement ADD COLUMN discharge_date date;
ALTER TABLE settlement ADD COLUMN claim text;
ALTER TABLE settlement ADD CONSTRAINT settlement_supplement_check
    CHECK ((kind = 'SUPPLEMENT') = (supplement_of IS NOT NULL AND identity_id IS NOT NULL));
ALTER TABLE settlement ADD CONSTRAINT settlement_after_care_check
    CHECK ((kind = 'AFTER_CARE') = (application_no IS NOT NULL));

-- The encounter key holds one standing discharge settlement; a supplement carries its original's key beside it.
DROP INDEX settlement_encounter_settled;
CREATE UNIQUE INDEX settlement_encounter_settled ON settlement (hospital_code, encounter_no)
    WHERE status = 'SETTLED' AND kind = 'DISCHARGE';
-- One standing after-care settlement per application number of an office (the office's region is the person's).
CREATE UNIQUE INDEX settlement_application_settled ON settlement (region, application_no)
    WHERE status = 'SETTLED' AND kind = 'AFTER_CARE';
CREATE INDEX settlement_supplement_of ON settlement (supplement_of);
CREATE INDEX settlement_identity ON settlement (identity_id);
CREATE INDEX settlement_person_discharge ON settlement (person_id, discharge_date);

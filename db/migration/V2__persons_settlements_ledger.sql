-- Persons and their assistance identities (the registry), settlements, and the per-person annual quota ledger.
-- The ledger is append-only: a balance row is always the sum of its entries, changed only under the row lock of its
-- ledger_year (SELECT ... FOR UPDATE) in the same transaction as the settlement that caused it.

CREATE TABLE person (
    person_id        varchar(64)  PRIMARY KEY,
    name             varchar(200) NOT NULL,
    sex              varchar(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date       date         NOT NULL,
    region           varchar(16)  NOT NULL,
    insurance_type   varchar(16)  NOT NULL CHECK (insurance_type IN ('RESIDENT', 'EMPLOYEE', 'UNINSURED')),
    rural            boolean      NOT NULL DEFAULT false,
    disability_grade integer      CHECK (disability_grade BETWEEN 1 AND 4),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);

CREATE TABLE assistance_identity (
    identity_id      uuid         PRIMARY KEY,
    person_id        varchar(64)  NOT NULL REFERENCES person (person_id),
    category         varchar(32)  NOT NULL,
    subclass         varchar(32),
    valid_from       date         NOT NULL,
    valid_to         date,
    source           varchar(100),
    application_date date,
    created_at       timestamptz  NOT NULL,
    ended_at         timestamptz,
    -- an identity ended before its first day keeps valid_to = valid_from - 1: it covers nothing
    CHECK (valid_to IS NULL OR valid_to >= valid_from - 1)
);
CREATE INDEX assistance_identity_person ON assistance_identity (person_id);

CREATE TABLE settlement (
    settlement_id     uuid          PRIMARY KEY,
    hospital_code     varchar(64)   NOT NULL,
    encounter_no      varchar(64)   NOT NULL,
    person_id         varchar(64)   NOT NULL REFERENCES person (person_id),
    region            varchar(16)   NOT NULL,
    ledger_year       integer       NOT NULL,
    status            varchar(16)   NOT NULL CHECK (status IN ('SETTLED', 'REVERSED')),
    policy_version    varchar(64)   NOT NULL,
    request_hash      varchar(64)   NOT NULL,
    total             numeric(14,2) NOT NULL,
    basic_pay         numeric(14,2) NOT NULL,
    major_illness_pay numeric(14,2) NOT NULL,
    assistance_pay    numeric(14,2) NOT NULL,
    tilt_pay          numeric(14,2) NOT NULL,
    fund_pay          numeric(14,2) NOT NULL,
    personal_pay      numeric(14,2) NOT NULL,
    response          text          NOT NULL,
    settled_at        timestamptz   NOT NULL,
    reversed_at       timestamptz,
    CONSTRAINT settlement_encounter_key UNIQUE (hospital_code, encounter_no)
);
CREATE INDEX settlement_person_year ON settlement (person_id, ledger_year);

-- One row per person, region and year: the row every settlement of that person-year locks first.
CREATE TABLE ledger_year (
    person_id   varchar(64) NOT NULL REFERENCES person (person_id),
    region      varchar(16) NOT NULL,
    ledger_year integer     NOT NULL,
    PRIMARY KEY (person_id, region, ledger_year)
);

CREATE TABLE ledger_balance (
    person_id   varchar(64)   NOT NULL,
    region      varchar(16)   NOT NULL,
    ledger_year integer       NOT NULL,
    bucket      varchar(64)   NOT NULL,
    used        numeric(14,2) NOT NULL,
    PRIMARY KEY (person_id, region, ledger_year, bucket),
    FOREIGN KEY (person_id, region, ledger_year) REFERENCES ledger_year (person_id, region, ledger_year)
);

CREATE TABLE ledger_entry (
    entry_id      bigserial     PRIMARY KEY,
    person_id     varchar(64)   NOT NULL,
    region        varchar(16)   NOT NULL,
    ledger_year   integer       NOT NULL,
    bucket        varchar(64)   NOT NULL,
    amount        numeric(14,2) NOT NULL,
    kind          varchar(16)   NOT NULL CHECK (kind IN ('SETTLEMENT', 'REVERSAL', 'OPENING')),
    settlement_id uuid          REFERENCES settlement (settlement_id),
    created_at    timestamptz   NOT NULL,
    FOREIGN KEY (person_id, region, ledger_year) REFERENCES ledger_year (person_id, region, ledger_year)
);
CREATE INDEX ledger_entry_person_year ON ledger_entry (person_id, region, ledger_year);

-- Entries are never changed or removed: a reversal is an offsetting entry.
CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only';
END;
$$;
CREATE TRIGGER ledger_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only();

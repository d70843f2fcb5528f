-- What-if simulations (README, "Policy simulations"): re-settling past settlements under a changed policy reads the
-- encounter facts and discharge date each settlement keeps since V14, by region and discharge date. Settlements
-- stored before V14 have neither: a simulation cannot re-settle them and counts them apart.
CREATE INDEX settlement_region_discharge ON settlement (region, discharge_date) WHERE discharge_date IS NOT NULL;

-- One simulation: what was asked (the changes as posted), how far the run is, and its result when done.
-- Written by the simulation module only; a run reads the settlement, person and ledger tables and never writes them.
CREATE TABLE simulation (
    simulation_id uuid         PRIMARY KEY,
    name          varchar(200) NOT NULL,
    region        varchar(16)  NOT NULL,
    date_from     date         NOT NULL,
    date_to       date         NOT NULL CHECK (date_to >= date_from),
    changes       text         NOT NULL,
    status        varchar(16)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total         integer,
    done          integer      NOT NULL DEFAULT 0,
    requested_by  varchar(64)  NOT NULL,
    requested_at  timestamptz  NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    failure       text,
    result        text,
    CHECK ((status = 'DONE') = (result IS NOT NULL))
);
CREATE INDEX simulation_region_requested ON simulation (region, requested_at);

-- A simulation's figures per person, for the CSV: what the settlements in the window paid under each policy.
CREATE TABLE simulation_person (
    simulation_id      uuid          NOT NULL REFERENCES simulation (simulation_id) ON DELETE CASCADE,
    person_id          varchar(64)   NOT NULL,
    settlements        integer       NOT NULL,
    baseline_basic     numeric(14,2) NOT NULL,
    patched_basic      numeric(14,2) NOT NULL,
    baseline_major     numeric(14,2) NOT NULL,
    patched_major      numeric(14,2) NOT NULL,
    baseline_assist    numeric(14,2) NOT NULL,
    patched_assist     numeric(14,2) NOT NULL,
    baseline_tilt      numeric(14,2) NOT NULL,
    patched_tilt       numeric(14,2) NOT NULL,
    baseline_personal  numeric(14,2) NOT NULL,
    patched_personal   numeric(14,2) NOT NULL,
    baseline_alerted   integer       NOT NULL,
    patched_alerted    integer       NOT NULL,
    PRIMARY KEY (simulation_id, person_id)
);

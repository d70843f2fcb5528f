-- High-cost alerts (监测预警: 001 第十六条, 004 五(八)), Wuhai's outpatient cash grant (003 三(二)2(2)) and its
-- other-hardship assessments (003 三(一)3). Written by the alert and benefit modules only.

-- 'ASSISTANCE_OFFICE' (17 characters) does not fit the role column of V3: widen it, or no office client can be made.
ALTER TABLE api_client ALTER COLUMN role TYPE varchar(32);

-- What each settlement left the person to pay, as the alert rules read it; a reversal stamps reversed_at.
CREATE TABLE alert_observation (
    settlement_id   uuid          PRIMARY KEY,
    kind            varchar(16)   NOT NULL,
    person_id       varchar(64)   NOT NULL,
    region          varchar(16)   NOT NULL,
    ledger_year     integer       NOT NULL,
    after_insurance numeric(14,2) NOT NULL,
    personal_pay    numeric(14,2) NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    reversed_at     timestamptz
);
CREATE INDEX alert_observation_person_year ON alert_observation (person_id, region, ledger_year);

CREATE TABLE high_cost_alert (
    alert_id        uuid          PRIMARY KEY,
    person_id       varchar(64)   NOT NULL,
    region          varchar(16)   NOT NULL,
    ledger_year     integer       NOT NULL,
    rule            varchar(64)   NOT NULL,
    citation        text          NOT NULL,
    amount          numeric(14,2) NOT NULL,
    threshold       numeric(14,2) NOT NULL,
    working         text          NOT NULL,
    illustrative    boolean       NOT NULL,
    policy_version  varchar(64)   NOT NULL,
    settlement_id   uuid          NOT NULL,
    raised_at       timestamptz   NOT NULL,
    status          varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'WITHDRAWN')),
    acknowledged_at timestamptz,
    acknowledged_by varchar(64),
    note            text,
    withdrawn_by    uuid,
    withdrawn_at    timestamptz,
    CHECK ((status = 'WITHDRAWN') = (withdrawn_by IS NOT NULL))
);
-- At most one live alert per rule, person and year; a withdrawn one does not count.
CREATE UNIQUE INDEX high_cost_alert_once ON high_cost_alert (region, rule, person_id, ledger_year)
    WHERE status <> 'WITHDRAWN';
CREATE INDEX high_cost_alert_region_raised ON high_cost_alert (region, raised_at);
CREATE INDEX high_cost_alert_settlement ON high_cost_alert (settlement_id);

CREATE TABLE outpatient_cash_grant (
    grant_id        uuid          PRIMARY KEY,
    region          varchar(16)   NOT NULL,
    grant_year      integer       NOT NULL,
    person_id       varchar(64)   NOT NULL REFERENCES person (person_id),
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    basis           varchar(16)   NOT NULL CHECK (basis IN ('CLASS_A', 'ELDERLY', 'DISABILITY')),
    working         text          NOT NULL,
    citation        text          NOT NULL,
    policy_version  varchar(64)   NOT NULL,
    computed_at     timestamptz   NOT NULL,
    UNIQUE (region, grant_year, person_id)
);

CREATE TABLE hardship_assessment (
    assessment_id   uuid          PRIMARY KEY,
    region          varchar(16)   NOT NULL,
    person_id       varchar(64),
    assessed_on     date          NOT NULL,
    policy_version  varchar(64)   NOT NULL,
    ordinary_passes boolean       NOT NULL,
    major_passes    boolean       NOT NULL,
    assessment      text          NOT NULL,
    recorded_by     varchar(64)   NOT NULL,
    recorded_at     timestamptz   NOT NULL
);

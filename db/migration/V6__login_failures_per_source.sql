-- Failed logins per (client id, source address), shared by every instance of the service (README, Security).
-- A row counts the failures of one client id from one address since first_at; blocked_until is set once the
-- count reaches settlement.security.login-failures.max and doubles with every further failure, up to the window.
CREATE TABLE login_failure (
    client_id     varchar(64)  NOT NULL,
    source        varchar(64)  NOT NULL,
    failures      integer      NOT NULL,
    first_at      timestamptz  NOT NULL,
    last_at       timestamptz  NOT NULL,
    blocked_until timestamptz,
    PRIMARY KEY (client_id, source)
);
CREATE INDEX login_failure_last_at ON login_failure (last_at);

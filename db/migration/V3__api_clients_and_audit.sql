-- API clients (hospitals, the registry push, administrators) and the append-only audit of writes.

CREATE TABLE api_client (
    client_id     varchar(64)  PRIMARY KEY,
    secret_hash   varchar(100) NOT NULL,          -- BCrypt
    role          varchar(16)  NOT NULL CHECK (role IN ('HOSPITAL', 'REGISTRY', 'ADMIN')),
    hospital_code varchar(64),
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL,
    disabled_at   timestamptz,
    CHECK ((role = 'HOSPITAL') = (hospital_code IS NOT NULL))
);

CREATE TABLE audit_event (
    event_id   bigserial    PRIMARY KEY,
    at         timestamptz  NOT NULL,
    client_id  varchar(64),                       -- null when the caller was not authenticated
    method     varchar(8)   NOT NULL,
    path       varchar(300) NOT NULL,
    status     integer      NOT NULL,
    request_id varchar(64)  NOT NULL
);
CREATE INDEX audit_event_at ON audit_event (at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- The ledger's entries are append-only too (V2 refuses UPDATE and DELETE); refuse TRUNCATE as well.
CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_append_only();

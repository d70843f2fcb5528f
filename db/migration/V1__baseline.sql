-- Baseline of the settlement schema. Later migrations (V2__..., V3__...) add the domain tables.
-- service_info records facts about the deployed schema itself; it holds one row.
CREATE TABLE service_info (
    id          SMALLINT    PRIMARY KEY CHECK (id = 1),
    name        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO service_info (id, name) VALUES (1, 'one-stop settlement service');

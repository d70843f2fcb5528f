-- Messages of the national-platform interface (定点医药机构接口规范) that settled or reversed: the HIS's msgid, echoed
-- as inf_refmsgid, kept with the settlement it touched and the med_type it was settled with (the native settlement
-- does not store the platform's code), in the same transaction as the settlement or reversal.
CREATE TABLE np_message (
    fixmedins_code varchar(64) NOT NULL,
    msgid          varchar(64) NOT NULL,
    infno          varchar(8)  NOT NULL,
    mdtrt_id       varchar(64) NOT NULL,
    setl_id        uuid        NOT NULL REFERENCES settlement (settlement_id),
    med_type       varchar(8),
    received_at    timestamptz NOT NULL,
    PRIMARY KEY (fixmedins_code, msgid)
);
CREATE INDEX np_message_setl ON np_message (setl_id);

-- Records that prove themselves: who publishes a pass list and where objections go, the digest of
-- the entity row each audit event leaves behind, and administrator settings (public address).

ALTER TABLE pass_lists ADD COLUMN publisher VARCHAR;        -- the unit publishing the notice
ALTER TABLE pass_lists ADD COLUMN objection_unit VARCHAR;   -- where objections are received
ALTER TABLE pass_lists ADD COLUMN objection_phone VARCHAR;  -- that office's public telephone

ALTER TABLE audit_events ADD COLUMN row_digest VARCHAR;     -- digest of the entity row after the change

CREATE TABLE settings (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL,
    set_by BIGINT NOT NULL,
    set_at TIMESTAMP NOT NULL
);

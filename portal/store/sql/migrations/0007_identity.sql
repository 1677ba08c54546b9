-- Identity (migration 0007): server-side sessions, login throttling per account and client, one-time codes and the
-- outbox of messages sent. Tokens and codes are stored as SHA-256 hashes only.
ALTER TABLE users ADD COLUMN password_version INTEGER DEFAULT 0;
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN DEFAULT false;

CREATE TABLE sessions (
    token_hash  VARCHAR PRIMARY KEY,      -- sha256 of the random token the browser holds
    user_id     BIGINT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    last_seen   TIMESTAMP NOT NULL,
    client      VARCHAR,                  -- client address as the portal saw it
    revoked_at  TIMESTAMP,
    revoked_why VARCHAR                   -- logout | deactivated | password | role | expired
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Failed logins, one row each: throttling counts them per (account, client) and per client.
CREATE TABLE login_failures (
    username   VARCHAR NOT NULL,          -- as typed (normalised); may name no account
    client     VARCHAR NOT NULL,
    failed_at  TIMESTAMP NOT NULL,
    cleared_at TIMESTAMP                  -- set by a successful login or an administrator's unlock
);

-- One live code per candidate account: a new code deletes the old one in the same transaction.
CREATE TABLE one_time_codes (
    candidate_id BIGINT NOT NULL,
    purpose      VARCHAR NOT NULL,        -- first_login | forgot | admin_reset
    code_hash    VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    tries        INTEGER NOT NULL DEFAULT 0,
    used_at      TIMESTAMP
);

CREATE SEQUENCE outbox_seq START 1;
CREATE TABLE outbox (
    id         BIGINT PRIMARY KEY,
    channel    VARCHAR NOT NULL,          -- sms | email
    recipient  VARCHAR NOT NULL,
    body       VARCHAR NOT NULL,
    purpose    VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    status     VARCHAR NOT NULL,          -- stored | sent | failed
    detail     VARCHAR
);

-- The durable job queue: reading an upload, analysing a submission. The portal's dispatcher claims
-- a queued job whose prerequisites (after_ids) are finished, runs it in a worker and records the
-- outcome; a failed attempt is retried after a back-off until max_attempts, then stays failed.
CREATE TABLE jobs (
    id           VARCHAR PRIMARY KEY,     -- random hex id
    kind         VARCHAR NOT NULL,        -- read | analyse
    subject      VARCHAR NOT NULL,        -- read: the upload id; analyse: "<case id>:<submission no>"
    state        VARCHAR NOT NULL,        -- queued | running | done | failed
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    after_ids    VARCHAR[],               -- jobs that must be done or failed before this one runs
    worker       VARCHAR,                 -- the worker of the last attempt
    queued_at    TIMESTAMP NOT NULL,
    not_before   TIMESTAMP NOT NULL,      -- earliest start (the back-off of a retry)
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    error        VARCHAR                  -- why the last attempt failed (Chinese)
);
CREATE INDEX jobs_by_subject ON jobs (subject);

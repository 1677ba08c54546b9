-- Notifications (migration 0008): in-site messages per recipient, written in the transaction of the event that
-- causes them, and the deadline reminders already sent (one per case and deadline).
CREATE SEQUENCE message_seq START 1;
CREATE TABLE messages (
    id           BIGINT PRIMARY KEY,
    user_id      BIGINT,                  -- a staff recipient (users.id)
    candidate_id BIGINT,                  -- a candidate recipient: their account may be created later
    kind         VARCHAR NOT NULL,        -- returned | passed | failed | deadline | listed | certified | resubmitted
    case_id      BIGINT,
    title        VARCHAR NOT NULL,
    body         VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    read_at      TIMESTAMP,
    CHECK ((user_id IS NULL) <> (candidate_id IS NULL))
);

CREATE TABLE deadline_reminders (
    case_id  BIGINT NOT NULL,
    deadline TIMESTAMP NOT NULL,
    sent_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, deadline)
);

-- Reminders that a round's submission window is about to close, sent to the candidate of a case
-- not yet submitted: one per case and closing time (a round moved to a later close is reminded again).
CREATE TABLE window_reminders (
    case_id   BIGINT NOT NULL,
    closes_at TIMESTAMP NOT NULL,
    sent_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, closes_at)
);

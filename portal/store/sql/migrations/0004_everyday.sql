-- A round's exam date (the default 取得资格时间 of its certificates) and the time of day a return
-- deadline closes on its last working day (NULL: 17:00).
ALTER TABLE rounds ADD COLUMN exam_date DATE;
ALTER TABLE rounds ADD COLUMN return_close VARCHAR;

-- The dashboard and 已审记录 aggregate review operations and cases, never the audit trail.
CREATE INDEX review_ops_actor ON review_ops (actor_id, done_at);
CREATE INDEX review_ops_done ON review_ops (done_at);
CREATE INDEX cases_city_state ON cases (city, state);

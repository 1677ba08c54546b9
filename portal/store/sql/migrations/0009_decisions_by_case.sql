-- Every audit event about a case records the digests of the case's review operations (its
-- decisions); finding them by case must not read every decision ever made.
CREATE INDEX review_ops_by_case ON review_ops (case_id);

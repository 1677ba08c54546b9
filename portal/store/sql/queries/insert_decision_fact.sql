-- The decision just recorded by insert_decision_op (same transaction, so currval is its id).
INSERT INTO decision_facts VALUES (currval('review_op_seq'), $case_id, $city, $op, $actor_id, $now, $hours,
                                   $reasons, $note);

UPDATE pass_lists SET status = 'reviewed', reviewed_by = $actor_id, reviewed_at = $now
WHERE id = $list_id AND status = 'draft';

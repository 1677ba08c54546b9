UPDATE pass_lists SET status = 'final', finalised_at = $now WHERE id = $list_id AND status = 'published';

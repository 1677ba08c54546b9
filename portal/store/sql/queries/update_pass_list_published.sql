UPDATE pass_lists SET status = 'published', published_by = $actor_id, published_at = $now,
       notice_start = $notice_start, notice_end = $notice_end, notice_days = $notice_days,
       publisher = $publisher, objection_unit = $objection_unit, objection_phone = $objection_phone
WHERE id = $list_id AND status = 'reviewed';

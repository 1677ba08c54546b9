UPDATE review_ops SET undone_at = $now, undone_by = $by WHERE id = $id;

UPDATE rounds SET opens_at = $opens_at, closes_at = $closes_at, return_days = $return_days WHERE id = $id AND exam_year = $exam_year;

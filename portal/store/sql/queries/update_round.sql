UPDATE rounds SET opens_at = $opens_at, closes_at = $closes_at, return_days = $return_days,
                  exam_date = $exam_date, return_close = $return_close
WHERE id = $id AND exam_year = $exam_year;

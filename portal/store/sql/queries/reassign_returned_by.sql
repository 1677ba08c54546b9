UPDATE cases SET returned_by = $to WHERE returned_by = $from AND state = 'returned';

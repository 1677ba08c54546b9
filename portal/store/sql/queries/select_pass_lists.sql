SELECT l.id, l.exam, l.exam_year, l.level, l.city, l.title, l.status, l.notice_start, l.notice_end,
       l.publisher, l.objection_unit, l.objection_phone,
       l.created_at, l.published_at, l.finalised_at,
       (SELECT count(*) FROM pass_list_entries e WHERE e.list_id = l.id AND e.status <> 'removed') AS listed
FROM pass_lists l
WHERE ($status IS NULL OR l.status = $status)
ORDER BY l.id DESC;

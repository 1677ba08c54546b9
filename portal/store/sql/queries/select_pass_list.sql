SELECT l.*,
       (SELECT count(*) FROM pass_list_entries e WHERE e.list_id = l.id AND e.status <> 'removed') AS listed,
       (SELECT count(*) FROM pass_list_entries e WHERE e.list_id = l.id AND e.status = 'removed') AS removed
FROM pass_lists l WHERE l.id = $list_id;

-- The latest pass list holding a case, with its notice period (what the candidate's status reads).
SELECT e.status AS entry_status, l.status AS list_status, l.notice_start, l.notice_end
FROM pass_list_entries e JOIN pass_lists l ON l.id = e.list_id
WHERE e.case_id = $case_id
ORDER BY l.id DESC
LIMIT 1;

SELECT case_id, candidate_id, name, gender, id_number, phone, exam, level, city, employer, status,
       (SELECT string_agg(ch.change || '：' || coalesce(ch.reason, ''), '；' ORDER BY ch.id)
        FROM pass_list_changes ch WHERE ch.list_id = e.list_id AND ch.case_id = e.case_id) AS note
FROM pass_list_entries e
WHERE list_id = $list_id
ORDER BY city, case_id;

SELECT case_id, status, city, name FROM pass_list_entries WHERE list_id = $list_id AND case_id = $case_id;

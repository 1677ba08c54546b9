SELECT case_id FROM pass_list_entries WHERE list_id = $list_id;

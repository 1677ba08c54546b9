UPDATE pass_list_entries SET status = 'removed' WHERE list_id = $list_id AND case_id = $case_id AND status = 'listed';

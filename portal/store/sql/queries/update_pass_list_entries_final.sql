UPDATE pass_list_entries SET status = 'final' WHERE list_id = $list_id AND status = 'listed';

UPDATE queue_heads SET head = least(head, $qseq) WHERE city = $city;

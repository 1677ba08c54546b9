UPDATE outbox SET status = $status, detail = $detail, body = $body WHERE id = $id;

UPDATE certificates SET status = 'revoked', revoked_at = $now, revoked_by = $actor_id,
       revoke_reason = $reason, revoke_kind = $kind
WHERE id = $cert_id AND status = 'valid';

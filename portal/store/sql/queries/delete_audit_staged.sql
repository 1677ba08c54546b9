DELETE FROM audit_staged WHERE seq <= $upto;

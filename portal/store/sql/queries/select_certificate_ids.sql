SELECT id FROM certificates WHERE list_contains($cert_nos, cert_no);

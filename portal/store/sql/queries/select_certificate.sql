SELECT * FROM certificates WHERE cert_no = $cert_no;

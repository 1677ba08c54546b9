UPDATE certificates SET basis_cert_id = $basis_id WHERE id = $cert_id;

SELECT nextval('cert_batch_seq');

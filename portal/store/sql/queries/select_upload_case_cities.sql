SELECT DISTINCT k.city FROM case_documents d JOIN cases k ON k.id = d.case_id WHERE d.upload_id = $id;

UPDATE uploads SET extraction_json = $extraction_json WHERE id = $id;

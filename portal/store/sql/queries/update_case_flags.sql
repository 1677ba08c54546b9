UPDATE cases SET flagged = $flagged, flags = $flags WHERE id = $id;

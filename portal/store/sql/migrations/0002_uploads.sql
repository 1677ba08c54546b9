-- Uploaded files. The bytes live content-addressed under PORTAL_HOME/uploads;
-- a row exists only for a file that was validated and completely written first.
CREATE TABLE uploads (
    id              VARCHAR PRIMARY KEY,          -- random hex id (case_documents.upload_id)
    sha256          VARCHAR NOT NULL,             -- content address of the stored bytes
    original_name   VARCHAR NOT NULL,             -- as given by the uploader, shown only
    size_bytes      BIGINT NOT NULL,
    detected_type   VARCHAR NOT NULL,             -- from the bytes: pdf, png, jpeg, tiff, webp, bmp
    pages           INTEGER NOT NULL,
    uploader_id     BIGINT NOT NULL,
    uploader_role   VARCHAR NOT NULL,
    uploaded_at     TIMESTAMP NOT NULL,
    extraction_json VARCHAR                       -- checks.extract_document result, once computed
);
CREATE INDEX uploads_by_uploader ON uploads (uploader_id);

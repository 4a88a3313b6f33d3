-- Issue 24: a content bundle (.surgalt-bundle) arrives through the upload pipeline as its own kind,
-- so that inspection checks it as an archive (hostile-archive limits) without asking for a
-- SCORM/cmi5/H5P/Common Cartridge manifest, and no item can carry it.
ALTER TABLE upload
    DROP CONSTRAINT ck_upload_kind,
    ADD CONSTRAINT ck_upload_kind CHECK (kind IN ('FILE', 'VIDEO', 'PACKAGE', 'IMAGE', 'BUNDLE'));

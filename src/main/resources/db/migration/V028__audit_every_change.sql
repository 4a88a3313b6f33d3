-- Issue 21: the audit log covers every administrative and grading action, with what was changed
-- (an object's type and id), its state before and after (JSON), and the client address the request
-- came from. Rows are only ever inserted: the application has no statement that updates or deletes
-- them (a deployment may grant its database user only INSERT and SELECT on this table).
ALTER TABLE audit_event
    ADD COLUMN object_type  VARCHAR(32)  NULL,
    ADD COLUMN object_id    VARCHAR(64)  NULL,
    ADD COLUMN before_state MEDIUMTEXT   NULL,
    ADD COLUMN after_state  MEDIUMTEXT   NULL,
    ADD COLUMN address      VARCHAR(64)  NULL;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);

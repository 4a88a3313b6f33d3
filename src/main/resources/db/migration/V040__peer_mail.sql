-- Peer assessment mail (issue 22): an assessor is told what was allocated to them, and reminded
-- before the assessment deadline of what they have not assessed. Both are notification kinds a
-- person may turn off; the reminder goes once per assessor and deadline (uq_notification_once).
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind
    CHECK (kind IN ('FEEDBACK_RELEASED', 'DEADLINE_SOON', 'EXTENSION_GRANTED', 'PEER_ALLOCATED', 'PEER_REMINDER'));
ALTER TABLE notification_preference DROP CONSTRAINT ck_notification_preference_kind;
ALTER TABLE notification_preference ADD CONSTRAINT ck_notification_preference_kind
    CHECK (kind IN ('FEEDBACK_RELEASED', 'DEADLINE_SOON', 'EXTENSION_GRANTED', 'INACTIVITY_NUDGE', 'DISCUSSION_MENTION',
                    'PEER_ALLOCATED', 'PEER_REMINDER'));

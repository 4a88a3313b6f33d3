-- Wrong check-in codes are throttled by the login throttle's rule and rows (cohort/session/CheckinThrottle):
-- per person and session, and per client address.
ALTER TABLE login_throttle DROP CONSTRAINT ck_login_throttle_scope;
ALTER TABLE login_throttle ADD CONSTRAINT ck_login_throttle_scope
    CHECK (scope IN ('ACCOUNT', 'ADDRESS', 'CHECKIN_PERSON', 'CHECKIN_ADDRESS'));

-- Issue 21, data rights (Mongolia's 2021 Law on Personal Data Protection): when a person is erased,
-- the account row stays, pseudonymised (a non-deliverable address, "Erased person"), so the learning
-- records linked to it keep counting in the programme's figures; erased_at says it happened, and
-- when, so the admin pages show it and refuse a second erasure. Erasure cannot be undone.
ALTER TABLE app_user ADD COLUMN erased_at TIMESTAMP(6) NULL;

-- A school node replaces its key (issue 24): the new private key is kept as pending BEFORE the national
-- server is told, so that an answer lost on a bad link never leaves the node with a key the national
-- server no longer trusts (the node then signs with the pending key, and keeps it once it is accepted).
ALTER TABLE node_identity
    ADD COLUMN pending_private_jwk TEXT NULL,
    ADD COLUMN key_rotated_at      TIMESTAMP(6) NULL;

-- On the national side: when a node last replaced its key.
ALTER TABLE school_node
    ADD COLUMN key_rotated_at TIMESTAMP(6) NULL;

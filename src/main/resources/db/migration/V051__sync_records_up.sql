-- Learner records flow up from a school node to the national server (issue 24, sync-up;
-- deploy/NODE-PROTOCOL.md §5).
--
-- On a node: the outbox. A record the node writes (a completion fact, a handed-in submission, a
-- finished quiz attempt, an attendance mark) gets a row here in the same transaction, with a UUID
-- made on the node, written by the application (node/client/up/UpCapture) where the record is
-- written; the national server never writes here. The payload keeps the node's LOCAL ids: they are
-- translated to national ones (node_link) when the row is sent, so a record
-- written before its person or course was linked goes up once the link exists. A row is deleted
-- when the national server acknowledges it; one it refuses stays, REFUSED, with the reason.
-- HELD: a sync round found no national link for its person, course or item (the reason in detail);
-- it is tried again every round.
CREATE TABLE up_record (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    uid         CHAR(36)      NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    payload     TEXT          NOT NULL,
    state       VARCHAR(16)   NOT NULL DEFAULT 'QUEUED',
    detail      VARCHAR(500)  NULL,
    created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_up_record_uid UNIQUE (uid),
    CONSTRAINT ck_up_record_kind CHECK (kind IN ('FACT', 'SUBMISSION', 'ATTEMPT', 'ATTENDANCE')),
    CONSTRAINT ck_up_record_state CHECK (state IN ('QUEUED', 'HELD', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_up_record_state ON up_record (state, id);

-- On the national server: one receipt per record a node sent and this server applied, written in
-- the chunk's transaction. The same uid again is acknowledged from here and not applied again.
-- national_id: the row the record became (completion_fact.id for a FACT, submission.id for a SUBMISSION,
-- quiz_attempt.id for an ATTEMPT, the session's f2f_session.id for an ATTENDANCE mark).
CREATE TABLE node_record_receipt (
    uid          CHAR(36)      NOT NULL,
    node_id      BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    national_id  BIGINT        NOT NULL,
    received_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (uid),
    CONSTRAINT fk_node_record_receipt_node FOREIGN KEY (node_id) REFERENCES school_node (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_node_record_receipt_node ON node_record_receipt (node_id, received_at);

-- Surgalt's own activity as xAPI statements (xapi/activity): how far each stream of records
-- (completion facts, certificates) has been written to the LRS. The records themselves are the
-- outbox: they are append-only and read in id order after the cursor, so recording a fact costs
-- a learner's request nothing more; the row is locked while a batch is exported, so one instance
-- exports at a time, and the cursor moves in the transaction that stores the batch's statements.
CREATE TABLE xapi_export_cursor (
    stream      VARCHAR(32)  NOT NULL,
    last_id     BIGINT       NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (stream)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

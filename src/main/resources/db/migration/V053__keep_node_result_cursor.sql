-- On a school node (issue 24, node-people): how far each paged down stream has been applied (the
-- results step: GET /api/node/results?after=<cursor>). Written in the transaction that applies a page,
-- so a round cut between pages resumes after the last page applied, never before or past it.
-- Empty on the national server.
CREATE TABLE node_sync_cursor (
    stream      VARCHAR(40)  NOT NULL,
    position    VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (stream)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

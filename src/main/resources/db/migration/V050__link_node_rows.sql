-- On a school node (issue 24): which local row stands for which national row. The node's copies of
-- national people, cohorts, courses, modules, items, sessions and questions get local ids of their own
-- (the node also has rows that never came from the national server), and every record that goes up is
-- written with the national ids this table gives. Empty on the national server.
CREATE TABLE node_link (
    kind        VARCHAR(20)  NOT NULL,
    local_id    BIGINT       NOT NULL,
    national_id BIGINT       NOT NULL,
    linked_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (kind, local_id),
    CONSTRAINT uq_node_link_national UNIQUE (kind, national_id),
    CONSTRAINT ck_node_link_kind CHECK (kind IN ('USER', 'COHORT', 'COURSE', 'MODULE', 'ITEM', 'SESSION',
        'QUESTION', 'OPTION', 'SUBMISSION', 'ATTEMPT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The last sync that went through, each way, for the node's status page and heartbeat.
ALTER TABLE node_identity
    ADD COLUMN last_down_sync_at TIMESTAMP(6) NULL,
    ADD COLUMN last_up_sync_at   TIMESTAMP(6) NULL,
    ADD COLUMN last_sync_detail  VARCHAR(500) NULL;

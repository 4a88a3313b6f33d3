-- The LRS's documents (xAPI State, Activity Profile and Agent Profile resources): whatever bytes a
-- client stores under a key, with its content type, the SHA-1 that is its ETag, and when it last
-- changed (Last-Modified, and the "since" of id lists).
--
-- Each institution's documents are its own: a client of one institution never reads, overwrites or
-- even learns of another's, so the institution is part of the key (NULL: the site's own documents,
-- used by site-wide clients, by Surgalt itself and by content Surgalt launches).
-- The key's parts (an activity IRI, an agent, a registration, a document id) are long strings that
-- compare exactly, too long together for an index: doc_key is the SHA-256 of all of them, doc_set
-- that of the parts a list or a delete-all names (institution, kind, activity and/or agent).
CREATE TABLE xapi_document (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    doc_key         BINARY(32)    NOT NULL,
    doc_set         BINARY(32)    NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    institution_id  BIGINT        NULL,
    activity_id     VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    -- The agent's one inverse functional identifier, as canonical JSON (its name is not part of it).
    agent           VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    registration    CHAR(36)      NULL,
    document_id     VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    content_type    VARCHAR(255)  NOT NULL,
    content         MEDIUMBLOB    NOT NULL,
    etag            CHAR(40)      NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_xapi_document_key UNIQUE (doc_key),
    CONSTRAINT fk_xapi_document_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_xapi_document_kind CHECK (kind IN ('STATE', 'ACTIVITY_PROFILE', 'AGENT_PROFILE')),
    CONSTRAINT ck_xapi_document_parts CHECK (
        (kind = 'STATE' AND activity_id IS NOT NULL AND agent IS NOT NULL)
        OR (kind = 'ACTIVITY_PROFILE' AND activity_id IS NOT NULL AND agent IS NULL AND registration IS NULL)
        OR (kind = 'AGENT_PROFILE' AND activity_id IS NULL AND agent IS NOT NULL AND registration IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Id lists ("since") and the State resource's delete-all.
CREATE INDEX ix_xapi_document_set ON xapi_document (doc_set, updated_at);

-- The built-in xAPI Learning Record Store (/xapi/): the clients other systems call it with, and
-- the statement store, sized for 20 million statements read back by agent, activity, verb,
-- registration and time in well under 100 ms.
--
-- How a GET is answered (xapi/StatementStore): every filter value is a 16-byte key (the first 16
-- bytes of SHA-256 over "<kind>|<value>", see xapi/StatementKeys), and each statement has one
-- xapi_statement_key row per value it can be found by. A query walks the most selective key's
-- rows in stored order (their primary key is (key_hash, seq), so "the newest 100 for this agent"
-- is one index range read backwards), joins the other keys by primary key, and reads the JSON
-- from xapi_statement by seq. The statement's JSON is kept once, in xapi_statement.

-- An LRS client: another system (an analytics store, an authoring tool, a ministry's LRS) that
-- calls /xapi/ with HTTP Basic key:secret. The secret is 256 random bits shown once when the
-- client is made; only its SHA-256 is kept (a slow hash buys nothing against random secrets, and
-- every statement request checks it). institution_id NULL: the whole site.
CREATE TABLE xapi_client (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    api_key         VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secret_sha256   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name            VARCHAR(200) NOT NULL,
    institution_id  BIGINT       NULL,
    can_read        BOOLEAN      NOT NULL,
    can_write       BOOLEAN      NOT NULL,
    disabled        BOOLEAN      NOT NULL DEFAULT FALSE,
    created         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by      BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_xapi_client_key UNIQUE (api_key),
    CONSTRAINT fk_xapi_client_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_xapi_client_creator FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_xapi_client_rights CHECK (can_read OR can_write)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One stored statement. seq is the stored order (and the paging cursor of "more" links, so a link
-- made on one instance works on any other); id the statement's UUID as 16 bytes. stored_ms is the
-- LRS's "stored" in milliseconds since the epoch (since/until compare it). institution_id is whose
-- statement it is for scoped clients: the writing client's institution, or, for a site-wide
-- writer, the institution of the Surgalt learner who is the actor (NULL: site-wide readers only).
-- voided: a voiding statement targets it, and it is no longer returned by queries.
-- voids: the statement this one voids (for the voiding rules and a voiding that arrives first).
-- body: the statement as stored (id, stored, timestamp, authority and version set), UTF-8 JSON.
CREATE TABLE xapi_statement (
    seq             BIGINT       NOT NULL AUTO_INCREMENT,
    id              BINARY(16)   NOT NULL,
    stored_ms       BIGINT       NOT NULL,
    institution_id  BIGINT       NULL,
    client_id       BIGINT       NULL,
    voided          BOOLEAN      NOT NULL DEFAULT FALSE,
    voids           BINARY(16)   NULL,
    version         VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    body            LONGTEXT     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_xapi_statement_id UNIQUE (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- since/until: one dive here finds the stored order where they begin and end (StatementStore.boundary),
-- so a query reads only that range of its key's rows (or of the table), in either order.
CREATE INDEX ix_xapi_statement_stored ON xapi_statement (stored_ms);
-- An institution's own statements, newest first, without any other filter.
CREATE INDEX ix_xapi_statement_institution ON xapi_statement (institution_id, seq);
CREATE INDEX ix_xapi_statement_voids ON xapi_statement (voids);

-- The values a statement is found by. key_hash: first 16 bytes of SHA-256("<kind>|<value>") with
-- kind one of agent (an agent's or identified group's IFI: "mbox|mailto:…", "mbox_sha1sum|…",
-- "openid|…", "account|<homePage>|<name>"), verb (its IRI), activity (its IRI), registration (the
-- UUID in lower case). direct: found by the plain filter (agent: actor or object; activity: the
-- object; verb; registration); FALSE rows match only with related_agents / related_activities
-- (authority, instructor, team, context activities, sub-statement parts). A statement whose object
-- is a StatementRef also gets the keys of the statement it targets (the spec's filter rule for
-- StatementRefs), with the same direct flags.
CREATE TABLE xapi_statement_key (
    key_hash  BINARY(16) NOT NULL,
    seq       BIGINT     NOT NULL,
    direct    BOOLEAN    NOT NULL,
    PRIMARY KEY (key_hash, seq),
    CONSTRAINT fk_xapi_statement_key_statement FOREIGN KEY (seq) REFERENCES xapi_statement (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_xapi_statement_key_seq ON xapi_statement_key (seq);

-- Statement attachments' raw data, each once by its SHA-2 (the hash the statement names, as hex
-- in lower case), however many statements carry it.
CREATE TABLE xapi_attachment (
    sha2          VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    length        BIGINT       NOT NULL,
    content       LONGBLOB     NOT NULL,
    PRIMARY KEY (sha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The canonical definition of each activity for the Activities resource: the last definition a
-- statement gave, merged (language maps joined, other properties replaced).
CREATE TABLE xapi_activity (
    id_hash     BINARY(16)   NOT NULL,
    activity_id TEXT         CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    definition  MEDIUMTEXT   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    updated_ms  BIGINT       NOT NULL,
    PRIMARY KEY (id_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

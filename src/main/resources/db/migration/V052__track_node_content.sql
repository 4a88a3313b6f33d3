-- On a school node (issue 24, content down): what the node last took of each national course, so a
-- sync round asks for a version's content only when the national catalog lists another version, other
-- content or other quiz and assignment settings. Keyed by the NATIONAL course id: a course the node
-- refused (a local course with the same code) has no local row to hang on. Empty on the national server.
CREATE TABLE node_course_copy (
    national_course_id BIGINT       NOT NULL PRIMARY KEY,
    code               VARCHAR(64)  NOT NULL,
    version            INT          NOT NULL,
    fingerprint        CHAR(64)     NOT NULL,
    settings_sha256    CHAR(64)     NOT NULL,
    outcome            VARCHAR(16)  NOT NULL,
    taken_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Issue 23, Common Cartridge import (cartridge/): each import's report, kept so that the author reads
-- it before publishing and can come back to it from the draft. report_lines: the report as JSON (one entry
-- per resource: what it became, or skipped and why); the words are the reader's, from the message
-- bundle, so the row holds codes, titles and names only. The report is its author's; erasure keeps
-- it as a record of the person's authoring (admin/rights, STAFF).
CREATE TABLE cartridge_import (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    course_id   BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    filename    VARCHAR(255)  NOT NULL,
    report_lines MEDIUMTEXT    NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_cartridge_import_course (course_id, created_at),
    CONSTRAINT fk_cartridge_import_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_cartridge_import_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Issue 22, school teams (cohort/team): groups inside a cohort (a school's management team, an IT
-- team). A person is in at most one team of a cohort (uq_team_member_cohort): a team submission,
-- a team forum and the dashboard's team filter each need "the person's team" to be one team.
-- institution_id is set on the teams made "one per school", so that making them again adds to the
-- same team instead of a second one.
CREATE TABLE cohort_team (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    cohort_id      BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    institution_id BIGINT       NULL,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_cohort_team_name UNIQUE (cohort_id, name),
    CONSTRAINT uq_cohort_team_school UNIQUE (cohort_id, institution_id),
    CONSTRAINT fk_cohort_team_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_team_institution FOREIGN KEY (institution_id) REFERENCES institution (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A team's members are members of its cohort (the foreign key to cohort_member): leaving the
-- cohort leaves the team.
CREATE TABLE cohort_team_member (
    team_id   BIGINT       NOT NULL,
    cohort_id BIGINT       NOT NULL,
    user_id   BIGINT       NOT NULL,
    added_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (team_id, user_id),
    CONSTRAINT uq_team_member_cohort UNIQUE (cohort_id, user_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES cohort_team (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_member FOREIGN KEY (cohort_id, user_id) REFERENCES cohort_member (cohort_id, user_id)
        ON DELETE CASCADE,
    CONSTRAINT fk_team_member_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Team submissions: an assignment may be handed in by teams; its submissions then carry the team
-- (one per team and assignment; learner_id is whoever started it). A team with submissions or
-- forums is not deleted (RESTRICT): the work and the talk are kept.
ALTER TABLE assignment ADD COLUMN team_submission BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE submission ADD COLUMN team_id BIGINT NULL,
    ADD CONSTRAINT uq_submission_team UNIQUE (item_id, team_id),
    ADD CONSTRAINT fk_submission_team FOREIGN KEY (team_id) REFERENCES cohort_team (id) ON DELETE RESTRICT;

-- A cohort forum may be one team's only.
ALTER TABLE forum ADD COLUMN team_id BIGINT NULL,
    ADD CONSTRAINT fk_forum_team FOREIGN KEY (team_id) REFERENCES cohort_team (id) ON DELETE RESTRICT,
    ADD CONSTRAINT ck_forum_team CHECK (team_id IS NULL OR cohort_id IS NOT NULL);

-- Issue 21: an admin links a person's existing local account to the provider they will sign in
-- with. Surgalt never links by a matching email on its own; instead the admin declares "this person
-- signs in through provider P as <login>", and the first sign-in through P whose token names that
-- login (preferred_username, or a verified email) is linked to the account instead of making a new
-- one. The row is then used (used_at, subject) and links nobody again; an unused one expires.
CREATE TABLE identity_link (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    provider_id  BIGINT       NOT NULL,
    login        VARCHAR(254) NOT NULL,
    declared_by  BIGINT       NULL,
    declared_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at   TIMESTAMP(6) NOT NULL,
    used_at      TIMESTAMP(6) NULL,
    subject      VARCHAR(255) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_identity_link_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_identity_link_provider FOREIGN KEY (provider_id) REFERENCES identity_provider (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_identity_link_declared_by FOREIGN KEY (declared_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A sign-in looks its login up among the provider's open declarations.
CREATE INDEX ix_identity_link_login ON identity_link (provider_id, login);
CREATE INDEX ix_identity_link_user ON identity_link (user_id);

-- The people search (admin/people) finds an institution's people by the start of their name, a page
-- at a time, in name order: at national scale (~50,000 people) it reads only the rows it shows.
CREATE INDEX ix_app_user_institution_name ON app_user (institution_id, display_name);

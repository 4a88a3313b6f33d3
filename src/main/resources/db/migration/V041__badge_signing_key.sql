-- Open Badges 3.0 (issue 23): the key every certificate's OpenBadgeCredential and the revocation
-- status list are signed with. One row (id 1), written by whichever instance needs it first
-- (INSERT IGNORE, then read back), so every instance signs with the same key and it survives
-- restarts; its public half is published at /badges/jwks.json. Credentials themselves are not
-- stored: each is made from its certificate's frozen row, and its status list index is the
-- certificate's id.
CREATE TABLE badge_signing_key (
    id          TINYINT      NOT NULL,
    kid         VARCHAR(100) NOT NULL,
    private_jwk TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_badge_signing_key PRIMARY KEY (id),
    CONSTRAINT ck_badge_signing_key_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Issue 23, cartridge import extras: the custom parameters of an LTI item (a Common Cartridge's basic
-- LTI link keeps its <blti:custom> properties), sent at every launch in the id_token's custom claim.
-- parameters: a JSON object of names to values. Keyed by the item's id, which its published versions
-- share; no foreign key, since a published version keeps an item the draft no longer has.
CREATE TABLE lti_item_custom (
    item_id     BIGINT      NOT NULL,
    parameters  TEXT        NOT NULL,
    PRIMARY KEY (item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

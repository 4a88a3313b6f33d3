-- Search covers the authors' draft as well as published versions (item_version has its FULLTEXT
-- index since V007). InnoDB can only MATCH columns that have a FULLTEXT index, with exactly that
-- column list, so the draft's item text gets the same index as item_version's.
CREATE FULLTEXT INDEX ft_item_text ON item (title_en, title_mn, body_en, body_mn);

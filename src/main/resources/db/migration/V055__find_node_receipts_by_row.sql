-- The results a node reads (node/people/NodeResultsService) leave out the facts nodes sent up, found by
-- their receipt: a receipt is looked up by the row it became.
CREATE INDEX ix_node_record_receipt_row ON node_record_receipt (kind, national_id);

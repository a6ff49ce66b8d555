-- Paceline schema, version 6: optimistic locking for a plan's orders and holidays (issue 16).
-- An order row has its own row_version and last writer, as programs have since V5. A plan's
-- holidays are written as one list, so their version and last writer sit on the plan's row.
ALTER TABLE program_order ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE program_order ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE plan ADD COLUMN holidays_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plan ADD COLUMN holidays_changed_by VARCHAR(200);

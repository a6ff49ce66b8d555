-- Paceline schema, version 5: optimistic locking for team plans (issue 16).
-- Every write checks the row_version it is based on and adds one; changed_by names who wrote
-- last (a server login; empty in a workspace folder). A plan's row_version also counts every
-- change to its programs, so a whole-plan change based on an old view is refused.
ALTER TABLE plan ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plan ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE program ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE program ADD COLUMN changed_by VARCHAR(200);

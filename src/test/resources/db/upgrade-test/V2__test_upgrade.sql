-- A pretend next version of the schema, for WorkspaceTest: an upgrade backs the workspace up
-- first. (V1 here is a byte-for-byte copy of the real one.)
ALTER TABLE plan ADD COLUMN test_note VARCHAR(200);

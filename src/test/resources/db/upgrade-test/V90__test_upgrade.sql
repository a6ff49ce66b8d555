-- A pretend next version of the schema, for WorkspaceTest: an upgrade backs the workspace up
-- first. Used together with the real migrations in db/migration.
ALTER TABLE plan ADD COLUMN test_note VARCHAR(200);

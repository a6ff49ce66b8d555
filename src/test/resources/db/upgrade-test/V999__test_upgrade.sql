-- A pretend far-future version of the schema (999, above any real migration), for WorkspaceTest:
-- an upgrade backs the workspace up first. Used together with the real migrations in db/migration.
ALTER TABLE plan ADD COLUMN test_note VARCHAR(200);

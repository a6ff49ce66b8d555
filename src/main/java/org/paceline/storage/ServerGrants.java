package org.paceline.storage;

import static org.paceline.storage.ServerWorkspace.PLANNER;
import static org.paceline.storage.ServerWorkspace.SCHEMA;
import static org.paceline.storage.ServerWorkspace.VIEWER;

import java.util.ArrayList;
import java.util.List;

/**
 * The server's rights and its change trigger, run by {@code server-setup} after the migrations,
 * every time (each statement is harmless to repeat), for the schema version they reached. The grants live in the server, so they hold for any client,
 * not only Paceline. Only fixed text: no value from outside is part of these statements.
 */
final class ServerGrants {

  private ServerGrants() {}

  /**
   * The first schema version whose plan table has every column the change trigger reads
   * ({@code row_version} and {@code changed_by}, added by {@code V5__row_versions.sql}).
   * PL/pgSQL resolves {@code NEW.row_version} only when the trigger fires, so on an older schema
   * the trigger would be created without complaint and then refuse every insert and update of a
   * plan ({@code record "new" has no field "row_version"}).
   */
  static final int NOTIFY_SINCE = 5;

  /** What fits a schema at {@code schemaVersion}, the version the migrations just reached. */
  static List<String> statements(int schemaVersion) {
    List<String> all = new ArrayList<>(grants());
    if (schemaVersion >= NOTIFY_SINCE) {
      all.addAll(changeTrigger());
    } else {
      // No live boards before it (Paceline opens no older schema). Also takes away the trigger
      // an earlier set-up to an older version installed although that schema lacks its columns.
      all.add("DROP TRIGGER IF EXISTS plan_changed ON " + SCHEMA + ".plan");
      all.add("DROP FUNCTION IF EXISTS " + SCHEMA + ".notify_plan_change()");
    }
    return all;
  }

  private static List<String> grants() {
    String tables = "ALL TABLES IN SCHEMA " + SCHEMA;
    String sequences = "ALL SEQUENCES IN SCHEMA " + SCHEMA;
    return List.of(
        role(PLANNER),
        role(VIEWER),
        // Only the administrator creates tables in the schema; the roles may use it.
        "REVOKE CREATE ON SCHEMA " + SCHEMA + " FROM PUBLIC",
        "GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + PLANNER + ", " + VIEWER,
        "GRANT SELECT, INSERT, UPDATE, DELETE ON " + tables + " TO " + PLANNER,
        "GRANT USAGE, SELECT ON " + sequences + " TO " + PLANNER,
        "GRANT SELECT ON " + tables + " TO " + VIEWER,
        "GRANT SELECT ON " + sequences + " TO " + VIEWER,
        // The migration history is read by everyone (to compare versions), written by nobody.
        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + SCHEMA + ".flyway_schema_history FROM "
            + PLANNER,
        // Tables and sequences of later migrations get the same rights.
        "ALTER DEFAULT PRIVILEGES IN SCHEMA " + SCHEMA
            + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + PLANNER,
        "ALTER DEFAULT PRIVILEGES IN SCHEMA " + SCHEMA
            + " GRANT USAGE, SELECT ON SEQUENCES TO " + PLANNER,
        "ALTER DEFAULT PRIVILEGES IN SCHEMA " + SCHEMA + " GRANT SELECT ON TABLES TO " + VIEWER);
  }

  private static List<String> changeTrigger() {
    return List.of(
        // Live boards: every write of Paceline's touches its plan's row, so one trigger there
        // tells every listening window (after the commit) which plan changed, to which version
        // and by whom. Server-only: a workspace folder holds no code.
        "CREATE OR REPLACE FUNCTION " + SCHEMA + ".notify_plan_change() RETURNS trigger"
            + " LANGUAGE plpgsql AS $$ BEGIN"
            + " IF TG_OP = 'DELETE' THEN"
            + " PERFORM pg_notify('" + CHANNEL + "', OLD.id || ' -1 ');"
            + " RETURN OLD; END IF;"
            + " PERFORM pg_notify('" + CHANNEL + "', NEW.id || ' ' || NEW.row_version || ' '"
            + " || coalesce(NEW.changed_by, ''));"
            + " RETURN NEW; END $$",
        "CREATE OR REPLACE TRIGGER plan_changed AFTER INSERT OR UPDATE OR DELETE ON " + SCHEMA
            + ".plan FOR EACH ROW EXECUTE FUNCTION " + SCHEMA + ".notify_plan_change()");
  }

  /** The channel of the change notifications. */
  static final String CHANNEL = "paceline_changes";

  private static String role(String name) {
    return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '"
        + name + "') THEN CREATE ROLE " + name + " NOLOGIN; END IF; END $$";
  }
}

package org.paceline.ui.board;

import java.util.Map;

/** Remembers the board's choices (grouping, filters) for each plan. */
public interface ViewSettings {

  /** The choices last saved for a plan, empty when none. */
  Map<String, String> load(long planId);

  /** Saves a plan's choices. */
  void save(long planId, Map<String, String> values);

  /** The key for choices that are not a plan's, such as the theme. */
  long GLOBAL = 0;

  /** Remembers nothing (for tests and a read-only workspace). */
  ViewSettings NONE = new ViewSettings() {
    @Override
    public Map<String, String> load(long planId) {
      return Map.of();
    }

    @Override
    public void save(long planId, Map<String, String> values) {}
  };
}

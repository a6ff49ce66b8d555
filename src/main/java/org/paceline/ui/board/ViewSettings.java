package org.paceline.ui.board;

import java.util.Map;

/** Remembers the board's choices (grouping, filters) for each plan. */
public interface ViewSettings {

  /** The choices of one section ("board", "print", …) last saved for a plan, empty when none. */
  Map<String, String> load(long planId, String section);

  /** Saves a plan's choices of one section, replacing that section only. */
  void save(long planId, String section, Map<String, String> values);

  /** The key for choices that are not a plan's, such as the theme. */
  long GLOBAL = 0;

  /** Remembers nothing (for tests and a read-only workspace). */
  ViewSettings NONE = new ViewSettings() {
    @Override
    public Map<String, String> load(long planId, String section) {
      return Map.of();
    }

    @Override
    public void save(long planId, String section, Map<String, String> values) {}
  };
}

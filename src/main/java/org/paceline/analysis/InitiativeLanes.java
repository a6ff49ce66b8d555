package org.paceline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;

/**
 * Where each sales initiative sits inside its segment's row, so overlapping initiatives stack
 * instead of colliding: the board and the printed pages use the same stacking.
 *
 * @param lane the lane (0 = first) of each initiative by id
 * @param lanesPerSegment how many lanes each segment row needs (at least 1)
 */
public record InitiativeLanes(Map<String, Integer> lane, int[] lanesPerSegment) {

  /** The stacking for the segments of the sales lane ({@link LaneRows#segments()}). */
  public static InitiativeLanes of(Plan plan, List<String> segments) {
    List<List<LocalDate>> ends = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      ends.add(new ArrayList<>());
    }
    Map<String, Integer> lane = new HashMap<>();
    List<Initiative> byStart = new ArrayList<>(plan.initiatives());
    byStart.sort(Comparator.comparing(Initiative::start));
    for (Initiative i : byStart) {
      List<LocalDate> e = ends.get(segmentRow(segments, i.segment()));
      int l = 0;
      while (l < e.size() && !e.get(l).isBefore(i.start())) {
        l++;
      }
      if (l == e.size()) {
        e.add(i.end());
      } else {
        e.set(l, i.end());
      }
      lane.put(i.id(), l);
    }
    int[] per = new int[segments.size()];
    for (int r = 0; r < per.length; r++) {
      per[r] = Math.max(1, ends.get(r).size());
    }
    return new InitiativeLanes(lane, per);
  }

  /** The row of a segment in the sales lane: 0 for the whole business or an unknown segment. */
  public static int segmentRow(List<String> segments, String segment) {
    if (segment.isEmpty()) {
      return 0;
    }
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).equalsIgnoreCase(segment)) {
        return i;
      }
    }
    return 0;
  }
}

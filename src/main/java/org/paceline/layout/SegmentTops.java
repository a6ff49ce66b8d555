package org.paceline.layout;

/**
 * Where each segment row of the sales lane starts: a row is one segment row high plus one
 * initiative lane for every lane beyond the first, so overlapping initiatives never collide.
 * Paper and screen stack the sales lane with this one function, each at its own sizes.
 */
public final class SegmentTops {

  private SegmentTops() {}

  /**
   * The top of each segment row relative to the sales lane, and last the lane's height.
   *
   * @param lanesPerSegment initiative lanes per segment row (at least 1 each)
   * @param segmentRow the height of a row with one lane
   * @param lane the height of each further lane
   */
  public static double[] of(int[] lanesPerSegment, double segmentRow, double lane) {
    double[] tops = new double[lanesPerSegment.length + 1];
    for (int r = 0; r < lanesPerSegment.length; r++) {
      tops[r + 1] = tops[r] + segmentRow + (Math.max(1, lanesPerSegment[r]) - 1) * lane;
    }
    return tops;
  }

  /** The segment row that {@code y} (relative to the sales lane) falls in, or -1 outside. */
  public static int rowAt(double[] tops, double y) {
    if (y < tops[0]) {
      return -1;
    }
    for (int r = 0; r < tops.length - 1; r++) {
      if (y < tops[r + 1]) {
        return r;
      }
    }
    return -1;
  }
}

package org.paceline.layout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.analysis.Money;
import org.paceline.analysis.PlanChanges;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;
import org.paceline.model.QuarterTarget;

/**
 * The sales targets that changed from one plan to another, per quarter and segment (the segment
 * ignoring case, rows of the same quarter and segment added up), for every painter of the targets
 * lane: each change says its quarter, segment, before and after, and how to show it (a short text
 * for inside the target's box, a full sentence for a tooltip or a list, its style names).
 * {@link #apply} lays them into a board's sales lane for paper and slides.
 */
public final class TargetChanges {

  private TargetChanges() {}

  /** Which way a target went. */
  public enum Direction {
    /** Higher than before, or new. */
    UP,
    /** Lower than before (but still there). */
    DOWN,
    /** There before, no target now. */
    GONE
  }

  /**
   * One quarter and segment whose revenue target differs.
   *
   * @param quarter the fiscal quarter
   * @param segment the segment as the plan shown writes it ("" for the whole business)
   * @param before the target before, or null when there was none
   * @param after the target now, or null when there is none
   * @param currency the plan's currency code, for the texts
   */
  public record Change(FiscalQuarter quarter, String segment, BigDecimal before,
      BigDecimal after, String currency) {

    /** Up (or new), down, or gone. */
    public Direction direction() {
      if (after == null) {
        return Direction.GONE;
      }
      return before == null || after.compareTo(before) > 0 ? Direction.UP : Direction.DOWN;
    }

    /** After minus before (a missing target counts as zero). */
    public BigDecimal delta() {
      return (after == null ? BigDecimal.ZERO : after)
          .subtract(before == null ? BigDecimal.ZERO : before);
    }

    /** For inside the target's box: "▲ +$200K", "▼ −$100K", "was $300K". */
    public String shortText() {
      return switch (direction()) {
        case UP -> "\u25b2 +" + Money.compact(delta().abs(), currency);
        case DOWN -> "\u25bc \u2212" + Money.compact(delta().abs(), currency);
        case GONE -> "was " + Money.compact(before, currency);
      };
    }

    /**
     * In words: "FY2027-Q3 Enterprise target $1M → $1.2M (▲ +$200K)", "FY2027-Q3 target new:
     * $1.2M (▲ +$1.2M)", "FY2027-Q3 target was $300K, none now".
     */
    public String fullText() {
      String what = quarter + (segment.isEmpty() ? "" : " " + segment) + " target ";
      return switch (direction()) {
        case GONE -> what + "was " + Money.compact(before, currency) + ", none now";
        default -> what + (before == null ? "new: " : Money.compact(before, currency)
            + " \u2192 ") + Money.compact(after, currency) + " (" + shortText() + ")";
      };
    }

    /** The style of its mark: {@link Styles#TARGET_CHANGE_UP}, _DOWN or _GONE. */
    public String boxStyle() {
      return switch (direction()) {
        case UP -> Styles.TARGET_CHANGE_UP;
        case DOWN -> Styles.TARGET_CHANGE_DOWN;
        case GONE -> Styles.TARGET_CHANGE_GONE;
      };
    }

    /** The style of its text: {@link Styles#TEXT_CHANGE_UP} or {@link Styles#TEXT_CHANGE_DOWN}. */
    public String textStyle() {
      return direction() == Direction.UP ? Styles.TEXT_CHANGE_UP : Styles.TEXT_CHANGE_DOWN;
    }

    /** True when this change is about that target row (the segment ignoring case). */
    public boolean isAbout(FiscalQuarter q, String seg) {
      return quarter.equals(q) && segment.equalsIgnoreCase(seg);
    }
  }

  /** The target changes of a comparison, by quarter, then segment as the plan shown has them. */
  public static List<Change> of(PlanChanges changes) {
    return of(changes.before(), changes.after());
  }

  /** The target changes from {@code before} to {@code after}, in quarter order. */
  public static List<Change> of(Plan before, Plan after) {
    Map<String, QuarterTarget> was = sums(before);
    Map<String, QuarterTarget> now = sums(after);
    Map<String, FiscalQuarter> quarters = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Map<String, QuarterTarget> side : List.of(was, now)) {
      side.forEach((k, t) -> {
        quarters.putIfAbsent(k, t.quarter());
        if (side == now || !names.containsKey(k)) {
          names.put(k, t.segment());
        }
      });
    }
    String currency = after.settings().currency();
    List<Change> out = new ArrayList<>();
    for (String k : quarters.keySet()) {
      QuarterTarget a = was.get(k);
      QuarterTarget b = now.get(k);
      if (a != null && b != null && a.revenue().compareTo(b.revenue()) == 0) {
        continue;
      }
      out.add(new Change(quarters.get(k), names.get(k), a == null ? null : a.revenue(),
          b == null ? null : b.revenue(), currency));
    }
    out.sort(Comparator.comparing((Change c) -> c.quarter().toString())
        .thenComparing(c -> c.segment().toLowerCase(Locale.ROOT)));
    return out;
  }

  private static Map<String, QuarterTarget> sums(Plan p) {
    Map<String, QuarterTarget> m = new LinkedHashMap<>();
    for (QuarterTarget t : p.targets()) {
      m.merge(t.quarter() + "|" + t.segment().toLowerCase(Locale.ROOT), t, (x, y) ->
          new QuarterTarget(x.quarter(), x.segment(), x.revenue().add(y.revenue()),
              x.qualifiedLeads()));
    }
    return m;
  }

  /**
   * The board {@code layout} with each changed target marked in the sales lane: a coloured rule
   * along the bottom of the target's box and the short text at its right end (the target's own
   * label shortened if both do not fit), and for a target that is gone, a dashed box where it was
   * with "was $300K". Shapes only, in the board's own geometry.
   */
  public static BoardLayout apply(BoardLayout layout, PlanChanges changes, TextMeasure measure) {
    if (changes == null) {
      return layout;
    }
    List<Change> all = of(changes);
    if (all.isEmpty()) {
      return layout;
    }
    Metrics m = layout.metrics();
    TimeAxis axis = layout.axis();
    FiscalCalendar cal = FiscalCalendar.of(changes.after().settings());
    List<String> segments = layout.sales().stream().map(BoardLayout.Section::ref).toList();
    List<List<Shape>> lanes = new ArrayList<>();
    layout.sales().forEach(s -> lanes.add(new ArrayList<>(s.timeArea())));
    for (Change c : all) {
      if (c.direction() == Direction.GONE) {
        LocalDate qs = cal.startOf(c.quarter());
        LocalDate qe = cal.endOf(c.quarter());
        if (!axis.shows(qs, qe) || lanes.isEmpty()) {
          continue;
        }
        List<Shape> lane = lanes.get(row(segments, c.segment()));
        double x0 = Math.max(axis.left(), axis.x(qs)) + m.pt(1.5);
        double x1 = Math.min(axis.right(), axis.xEnd(qe)) - m.pt(1.5);
        double y = m.pt(3);
        double h = m.pt(13);
        lane.add(new Shape.Box(x0, y, x1 - x0, h, c.boxStyle(), ref(c)));
        text(lane, measure, x0 + m.pt(4), y + h / 2, x1 - x0 - m.pt(6), c, m);
        continue;
      }
      for (List<Shape> lane : lanes) {
        List<Shape> add = new ArrayList<>();
        for (int i = 0; i < lane.size(); i++) {
          if (lane.get(i) instanceof Shape.Box b && isTargetOf(b, c)) {
            add.add(new Shape.Box(b.x(), b.y() + b.h() - m.pt(2), b.w(), m.pt(2), c.boxStyle(),
                ref(c)));
            double room = b.w() - m.pt(4);
            String shown = Labels.fit(measure, c.shortText(), room, m.small(), true);
            if (shown == null) {
              continue;
            }
            double w = measure.width(shown, m.small(), true);
            double x = b.x() + b.w() - m.pt(3) - w;
            shortenLabelBefore(lane, b, x - m.pt(3), measure);
            add.add(new Shape.Text(x, b.y() + b.h() / 2, w, shown, c.fullText(), m.small(), true,
                c.textStyle(), TextRole.TARGET, ref(c)));
          }
        }
        lane.addAll(add);
      }
    }
    List<BoardLayout.Section> sales = new ArrayList<>();
    for (int r = 0; r < layout.sales().size(); r++) {
      BoardLayout.Section s = layout.sales().get(r);
      sales.add(new BoardLayout.Section(s.height(), lanes.get(r), s.labels(), s.ref()));
    }
    return new BoardLayout(axis, m, layout.header(), sales, layout.rows(), layout.strips(),
        layout.verticals());
  }

  private static void text(List<Shape> lane, TextMeasure measure, double x, double y,
      double room, Change c, Metrics m) {
    String shown = Labels.fit(measure, c.shortText(), room, m.small(), true);
    if (shown != null) {
      lane.add(new Shape.Text(x, y, measure.width(shown, m.small(), true), shown, c.fullText(),
          m.small(), true, c.textStyle(), TextRole.TARGET, ref(c)));
    }
  }

  /** The target's own label in {@code box}, cut to end before {@code limit} if it runs past. */
  private static void shortenLabelBefore(List<Shape> lane, Shape.Box box, double limit,
      TextMeasure measure) {
    for (int i = 0; i < lane.size(); i++) {
      if (lane.get(i) instanceof Shape.Text t && t.role() == TextRole.TARGET
          && t.x() >= box.x() && t.x() < box.x() + box.w() && Math.abs(t.y()
          - (box.y() + box.h() / 2)) < 0.5 && t.maxX() > limit) {
        // the amount matters more than the leads: drop " · 150 leads" before cutting the amount
        int dot = t.full().indexOf(" \u00b7 ");
        String amount = dot > 0 ? t.full().substring(0, dot) : t.full();
        String cut = measure.width(amount, t.size(), t.bold()) <= limit - t.x() ? amount
            : Labels.fit(measure, amount, limit - t.x(), t.size(), t.bold());
        lane.set(i, cut == null ? new Shape.Text(t.x(), t.y(), 0, "", t.full(), t.size(),
            t.bold(), t.style(), t.role(), t.ref())
            : new Shape.Text(t.x(), t.y(), measure.width(cut, t.size(), t.bold()), cut, t.full(),
                t.size(), t.bold(), t.style(), t.role(), t.ref()));
      }
    }
  }

  private static boolean isTargetOf(Shape.Box b, Change c) {
    if (!Styles.is(b.style(), "target") || Styles.is(b.style(), "target.change")) {
      return false;
    }
    int bar = b.ref().indexOf('|');
    return bar > 0 && b.ref().substring(0, bar).equals(c.quarter().toString())
        && b.ref().substring(bar + 1).equalsIgnoreCase(c.segment());
  }

  /** The sales section of a segment, as the board lays segments out (the first for none). */
  private static int row(List<String> segments, String segment) {
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).equalsIgnoreCase(segment)) {
        return i;
      }
    }
    return 0;
  }

  private static String ref(Change c) {
    return c.quarter() + "|" + c.segment();
  }
}

package org.paceline.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.paceline.analysis.DueOrders;
import org.paceline.analysis.OrderState;
import org.paceline.files.AtomicFiles;
import org.paceline.model.Plan;

/**
 * The "Due to order" list as a PDF for the weekly check-in: A4 landscape pages with a title, the
 * as-of date and a table by order-by date; overdue rows in bold. Real text in the bundled DejaVu
 * font, so it can be searched and copied.
 */
public final class DueOrdersPdf {

  private static final float MARGIN = 40;
  private static final float TITLE = 16;
  private static final float TEXT = 9.5f;
  private static final float ROW = 16;
  /** Column widths as parts of the page width, in the order of {@link DueOrders#HEADER}. */
  private static final float[] WIDTHS = {0.09f, 0.07f, 0.22f, 0.27f, 0.12f, 0.12f, 0.11f};

  private DueOrdersPdf() {}

  /** Writes the orders due as of {@code asOf} to {@code file}; returns the number of pages. */
  public static int write(Plan plan, LocalDate asOf, Path file) throws IOException {
    List<DueOrders.Row> rows = DueOrders.of(plan, asOf);
    try (PDDocument doc = new PDDocument()) {
      PDType0Font regular = font(doc, "DejaVuSans.ttf");
      PDType0Font bold = font(doc, "DejaVuSans-Bold.ttf");
      PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      float width = size.getWidth() - 2 * MARGIN;
      int perPage = (int) ((size.getHeight() - 2 * MARGIN - 60) / ROW);
      int pages = Math.max(1, (rows.size() + perPage - 1) / perPage);
      for (int page = 0; page < pages; page++) {
        PDPage p = new PDPage(size);
        doc.addPage(p);
        try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
          float y = size.getHeight() - MARGIN - TITLE;
          text(out, bold, TITLE, MARGIN, y, "Due to order: " + plan.name());
          y -= 18;
          text(out, regular, TEXT, MARGIN, y, "As of " + asOf + ": what must be ordered by "
              + asOf.plusDays(OrderState.DUE_WITHIN_DAYS) + ", and what is overdue."
              + (pages > 1 ? "  Page " + (page + 1) + " of " + pages : ""));
          y -= 26;
          row(out, bold, width, y, DueOrders.HEADER);
          out.moveTo(MARGIN, y - 4);
          out.lineTo(MARGIN + width, y - 4);
          out.stroke();
          y -= ROW;
          if (rows.isEmpty()) {
            text(out, regular, TEXT, MARGIN, y, "Nothing to order in the next "
                + OrderState.DUE_WITHIN_DAYS + " days.");
          }
          for (int k = page * perPage; k < Math.min(rows.size(), (page + 1) * perPage); k++) {
            DueOrders.Row r = rows.get(k);
            boolean overdue = r.state() == OrderState.OVERDUE;
            row(out, overdue ? bold : regular, width, y, List.of(r.orderBy().toString(),
                overdue ? "overdue" : "due", r.item(), r.programName() + " (" + r.programId()
                    + ")", r.owner(), r.leadTime().describe(), r.neededOn().toString()));
            y -= ROW;
          }
        }
      }
      AtomicFiles.write(file, doc::save);
      return pages;
    }
  }

  private static void row(PDPageContentStream out, PDType0Font font, float width, float y,
      List<String> cells) throws IOException {
    float x = MARGIN;
    for (int c = 0; c < cells.size(); c++) {
      float w = WIDTHS[c] * width;
      text(out, font, TEXT, x, y, fit(font, cells.get(c), w - 6));
      x += w;
    }
  }

  /** The text cut with an ellipsis to fit {@code width} points. */
  private static String fit(PDType0Font font, String s, float width) throws IOException {
    String t = printable(font, s);
    if (widthOf(font, t) <= width) {
      return t;
    }
    while (!t.isEmpty() && widthOf(font, t + "\u2026") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "\u2026";
  }

  private static float widthOf(PDType0Font font, String s) throws IOException {
    return font.getStringWidth(s) / 1000 * TEXT;
  }

  private static void text(PDPageContentStream out, PDType0Font font, float size, float x,
      float y, String s) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(printable(font, s));
    out.endText();
  }

  /** Line breaks become spaces; characters the font lacks become '?'. */
  private static String printable(PDType0Font font, String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        sb.append(' ');
        return;
      }
      try {
        font.encode(ch);
        sb.append(cp >= 32 ? ch : "?");
      } catch (IOException | IllegalArgumentException e) {
        sb.append('?');
      }
    });
    return sb.toString();
  }

  private static PDType0Font font(PDDocument doc, String name) throws IOException {
    try (InputStream in = DueOrdersPdf.class.getResourceAsStream("/org/paceline/fonts/" + name)) {
      if (in == null) {
        throw new IOException("The bundled font " + name + " is missing");
      }
      return PDType0Font.load(doc, in);
    }
  }
}

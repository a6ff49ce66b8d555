package org.paceline.io.export.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.paceline.files.AtomicFiles;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * The board as PNG images for slides: the same pages as the PDF (without legend and conflict
 * summary), rendered at 1×, 2× or 3× (72, 144 or 216 dots per inch).
 */
public final class BoardPng {

  private BoardPng() {}

  /**
   * Writes one image per board page: {@code out} itself for a single page, else {@code name-1.png},
   * {@code name-2.png}, … beside it. Returns the files written.
   */
  public static List<Path> write(Plan plan, PageSetup setup, int zoom, Path out)
      throws IOException {
    return write(plan, setup, p -> true, zoom, out);
  }

  /** A preview: page {@code index} of the document (legend and summary included) as an image. */
  public record Preview(BufferedImage image, BoardPdf.Result result) {}

  /** Renders one page of the document the setup would write, at {@code dpi}. */
  public static Preview preview(Plan plan, PageSetup setup, Predicate<Program> filter, int index,
      float dpi) throws IOException {
    return preview(plan, setup, filter, null, index, dpi);
  }

  /** One page of the document with the changes since another plan (null: none), at {@code dpi}. */
  public static Preview preview(Plan plan, PageSetup setup, Predicate<Program> filter,
      org.paceline.layout.CompareView compare, int index, float dpi) throws IOException {
    BoardPdf.Result[] result = new BoardPdf.Result[1];
    try (PDDocument doc = BoardPdf.render(plan, setup, filter, compare, BoardPdf.Progress.NONE,
        result)) {
      int page = Math.max(0, Math.min(index, doc.getNumberOfPages() - 1));
      return new Preview(new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB),
          result[0]);
    }
  }

  /** Every page of the document as images at {@code dpi}, e.g. for a printer. */
  public static List<BufferedImage> pages(Plan plan, PageSetup setup, Predicate<Program> filter,
      float dpi) throws IOException {
    return pages(plan, setup, filter, null, dpi);
  }

  /** Every page with the changes since another plan (null: none), e.g. for a printer. */
  public static List<BufferedImage> pages(Plan plan, PageSetup setup, Predicate<Program> filter,
      org.paceline.layout.CompareView compare, float dpi) throws IOException {
    BoardPdf.Result[] result = new BoardPdf.Result[1];
    List<BufferedImage> out = new ArrayList<>();
    try (PDDocument doc = BoardPdf.render(plan, setup, filter, compare, BoardPdf.Progress.NONE,
        result)) {
      PDFRenderer r = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        out.add(r.renderImageWithDPI(i, dpi, ImageType.RGB));
      }
    }
    return out;
  }

  public static List<Path> write(Plan plan, PageSetup setup, Predicate<Program> filter, int zoom,
      Path out) throws IOException {
    if (zoom < 1 || zoom > 3) {
      throw new IllegalArgumentException("The PNG scale is 1, 2 or 3, not " + zoom);
    }
    BoardPdf.Result[] result = new BoardPdf.Result[1];
    List<Path> written = new ArrayList<>();
    try (PDDocument doc = BoardPdf.render(plan, setup.withExtras(false, false), filter,
        BoardPdf.Progress.NONE, result)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      int n = doc.getNumberOfPages();
      String name = out.getFileName().toString().replaceFirst("(?i)\\.png$", "");
      for (int i = 0; i < n; i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 72f * zoom, ImageType.RGB);
        Path file = n == 1 ? out : out.resolveSibling(name + "-" + (i + 1) + ".png");
        AtomicFiles.write(file, o -> ImageIO.write(image, "png", o));
        written.add(file);
      }
    }
    return written;
  }
}

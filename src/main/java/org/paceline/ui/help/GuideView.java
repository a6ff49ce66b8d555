package org.paceline.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The user guide, a Markdown page ({@code docs/user-guide.md}, shipped in the application), laid
 * out as JavaFX text: headings, paragraphs with bold, italic and code, lists, code blocks. Colours
 * come from the theme, so it reads in light and dark.
 */
public final class GuideView extends ScrollPane {

  /** Where the build puts {@code docs/user-guide.md}. */
  static final String GUIDE = "user-guide.md";

  static final String STYLES =
      GuideView.class.getResource("/org/paceline/ui/paceline.css").toExternalForm();

  private final VBox body = new VBox(8);

  /** The shipped user guide. */
  public GuideView() {
    this(bundledGuide());
  }

  /** A guide from Markdown text. */
  public GuideView(String markdown) {
    getStyleClass().add("guide");
    getStylesheets().add(STYLES);
    body.getStyleClass().add("guide-body");
    body.setPadding(new Insets(20, 28, 28, 28));
    body.setMaxWidth(760);
    body.getChildren().setAll(blocks(Parser.builder().build().parse(markdown)));
    setContent(body);
    setFitToWidth(true);
  }

  /** The text of the guide shipped with the application. */
  public static String bundledGuide() {
    try (InputStream in = GuideView.class.getResourceAsStream(GUIDE)) {
      if (in == null) {
        throw new IllegalStateException("The user guide is missing from this build (" + GUIDE
            + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The headings of the guide in order, e.g. for a table of contents. */
  public List<String> headings() {
    List<String> out = new ArrayList<>();
    for (javafx.scene.Node n : body.getChildren()) {
      if (n.getStyleClass().stream().anyMatch(c -> c.startsWith("guide-h"))) {
        out.add(((Label) n).getText());
      }
    }
    return out;
  }

  private static List<javafx.scene.Node> blocks(Node parent) {
    List<javafx.scene.Node> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      javafx.scene.Node block = block(n);
      if (block != null) {
        out.add(block);
      }
    }
    return out;
  }

  private static javafx.scene.Node block(Node n) {
    if (n instanceof Heading h) {
      Label l = new Label(plain(h));
      l.setWrapText(true);
      l.getStyleClass().add("guide-h" + Math.min(h.getLevel(), 3));
      return l;
    }
    if (n instanceof Paragraph p) {
      TextFlow flow = new TextFlow();
      flow.getStyleClass().add("guide-p");
      inline(p, new TreeSet<>(), flow);
      return flow;
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      VBox list = new VBox(4);
      list.getStyleClass().add("guide-list");
      int number = n instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          Label marker = new Label(n instanceof OrderedList ? number++ + "." : "•");
          marker.getStyleClass().add("guide-marker");
          marker.setMinWidth(22);
          VBox content = new VBox(4);
          content.getChildren().setAll(blocks(item));
          HBox.setHgrow(content, Priority.ALWAYS);
          list.getChildren().add(new HBox(4, marker, content));
        }
      }
      return list;
    }
    if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
      String code = n instanceof FencedCodeBlock f ? f.getLiteral()
          : ((IndentedCodeBlock) n).getLiteral();
      Label l = new Label(code.stripTrailing());
      l.getStyleClass().add("guide-code-block");
      l.setWrapText(true);
      return l;
    }
    if (n instanceof BlockQuote q) {
      VBox box = new VBox(4);
      box.getStyleClass().add("guide-quote");
      box.getChildren().setAll(blocks(q));
      return box;
    }
    if (n instanceof ThematicBreak) {
      return new Separator();
    }
    return null; // HTML and other blocks are not part of the guide
  }

  /** Inline content as styled runs of text: bold, italic and code. */
  private static void inline(Node parent, Set<String> styles, TextFlow flow) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text t) {
        flow.getChildren().add(run(t.getLiteral(), styles));
      } else if (n instanceof Code c) {
        Set<String> s = new TreeSet<>(styles);
        s.add("guide-code");
        flow.getChildren().add(run(c.getLiteral(), s));
      } else if (n instanceof SoftLineBreak) {
        flow.getChildren().add(run(" ", styles));
      } else if (n instanceof HardLineBreak) {
        flow.getChildren().add(run("\n", styles));
      } else {
        Set<String> s = new TreeSet<>(styles);
        if (n instanceof StrongEmphasis) {
          s.add("guide-strong");
        } else if (n instanceof Emphasis) {
          s.add("guide-em");
        } else if (n instanceof Link) {
          s.add("guide-link");
        }
        inline(n, s, flow);
      }
    }
  }

  private static Text run(String text, Set<String> styles) {
    Text t = new Text(text);
    t.getStyleClass().add("guide-text");
    t.getStyleClass().addAll(styles);
    return t;
  }

  /** The text of a node without formatting. */
  private static String plain(Node parent) {
    StringBuilder b = new StringBuilder();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text t) {
        b.append(t.getLiteral());
      } else if (n instanceof Code c) {
        b.append(c.getLiteral());
      } else {
        b.append(plain(n));
      }
    }
    return b.toString();
  }
}

package org.paceline.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a test's window shows under target/screenshots, to look at it as a user would. */
public final class Screenshots {

  private Screenshots() {}

  /** Snapshots the scene into {@code target/screenshots/<name>.png}. */
  public static Path save(Scene scene, String name) throws Exception {
    WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return file;
  }
}

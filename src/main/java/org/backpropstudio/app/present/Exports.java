package org.backpropstudio.app.present;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.io.AtomicFile;

/** Pictures of the window's parts and the loss history, written to files atomically ({@link AtomicFile}). */
public final class Exports {
    private Exports() {
    }

    /**
     * Writes what {@code node} shows as a PNG at {@code scale} × its size on screen (2 for slides
     * and print). Call on the UI thread.
     */
    public static void png(Node node, double scale, Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = node.snapshot(parameters, null);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        AtomicFile.write(file, out -> {
            try (ImageOutputStream png = new MemoryCacheImageOutputStream(out)) { // no cache file beside
                if (!ImageIO.write(picture, "png", png)) {
                    throw new IOException(Messages.get("export.noPngWriter"));
                }
            }
        });
    }

    /**
     * Writes the loss history as CSV, iterations counted from 1: {@code iteration,loss} with J of
     * every iteration or, when the history keeps groups of iterations (a very long run),
     * {@code first_iteration,last_iteration,min_loss,max_loss} for each group.
     */
    public static void lossCsv(LossSeries losses, Path file) throws IOException {
        AtomicFile.writeText(file, out -> {
            long per = losses.perBucket();
            out.write(per == 1 ? "iteration,loss\n" : "first_iteration,last_iteration,min_loss,max_loss\n");
            for (int b = 0; b < losses.buckets(); b++) {
                if (per == 1) {
                    out.write((b + 1) + "," + losses.min()[b] + "\n");
                } else {
                    long first = b * per + 1;
                    long last = Math.min(losses.count(), (b + 1) * per);
                    out.write(first + "," + last + "," + losses.min()[b] + "," + losses.max()[b] + "\n");
                }
            }
        });
    }
}

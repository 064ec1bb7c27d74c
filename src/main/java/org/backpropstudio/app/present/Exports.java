package org.backpropstudio.app.present;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.backpropstudio.app.Messages;

/** Pictures of the window's parts and the loss history, written to files. */
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
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException(Messages.get("export.noPngWriter"));
        }
    }

    /** Writes J of every iteration as CSV: {@code iteration,loss}, iterations counted from 1. */
    public static void lossCsv(double[] losses, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("iteration,loss\n");
            for (int i = 0; i < losses.length; i++) {
                out.write((i + 1) + "," + losses[i] + "\n");
            }
        }
    }
}

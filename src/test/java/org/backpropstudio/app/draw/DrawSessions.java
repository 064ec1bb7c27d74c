package org.backpropstudio.app.draw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.function.IntBinaryOperator;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.CsvFormatException;
import org.backpropstudio.io.DigitsData;

/** Sessions and files for the drawing and import tests. */
final class DrawSessions {
    private DrawSessions() {
    }

    /** The bundled digits as the digits preset has them: 64-32-10, 1,437 training and 360 test pictures of 8 × 8. */
    static Session digits() {
        try {
            DigitsData.Split split = DigitsData.bundled().split(1);
            Dataset data = split.train().withImage(new ImageShape(8, 8)).withTest(split.test());
            Network net = Initializer.random(new int[] {64, 32, 10},
                    new Activation[] {null, Activation.TANH, Activation.SOFTMAX}, 1);
            return new Session("Handwritten digits", net, Loss.CROSS_ENTROPY, 0.5, BatchMode.MINI, data, 32, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An MNIST CSV of {@code rows} pictures (a header line first if {@code header}): picture s has
     * label s mod 10 and pixel p the value {@code pixel.applyAsInt(s, p)}.
     */
    static Path mnistFile(Path file, int rows, boolean header, IntBinaryOperator pixel) {
        StringBuilder text = new StringBuilder();
        if (header) {
            StringJoiner cells = new StringJoiner(",");
            cells.add("label");
            for (int p = 0; p < 784; p++) {
                cells.add("pixel" + p);
            }
            text.append(cells).append('\n');
        }
        for (int s = 0; s < rows; s++) {
            text.append(s % 10);
            for (int p = 0; p < 784; p++) {
                text.append(',').append(pixel.applyAsInt(s, p));
            }
            text.append('\n');
        }
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

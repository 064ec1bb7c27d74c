package org.backpropstudio.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Pooling;
import org.backpropstudio.core.Progress;

/**
 * MNIST handwritten digits in the common CSV layout: one picture a line, the digit 0–9 then the
 * 28 × 28 = 784 pixels row by row as whole numbers 0–255 (0 the paper, 255 full ink), with or
 * without a header line ({@code label,1x1,1x2,…} or {@code label,pixel0,…}: a first line whose first
 * cell is not a number). {@code mnist_test.csv} of 10,000 lines is about 18 MB.
 *
 * <p>Read as a dataset of 14 × 14 pictures: each 2 × 2 block of pixels averaged and divided by 255
 * ({@link Pooling#averages}), so an input is in [0, 1] as the bundled 8 × 8 digits' are; the
 * targets one-hot over the ten digits; {@link Dataset#image()} 14 × 14. Only the first N pictures are
 * read (the rest of the file is not looked at); blank lines are skipped. The first problem is named
 * by its line and column, as {@link DatasetCsv} does: a line without 785 cells, an empty cell, a cell
 * that is not a number, a label outside 0–9, a pixel that is not a whole number from 0 to 255.
 */
public final class MnistCsv {
    /** The side of an MNIST picture, px. */
    public static final int SIDE = 28;
    /** Pixels of an MNIST picture. */
    public static final int PIXELS = SIDE * SIDE;
    /** Cells of a line: the label, then the pixels. */
    public static final int CELLS = PIXELS + 1;
    /** The side of a block averaged into one input. */
    public static final int BLOCK = 2;
    /** The pictures as read: 14 × 14 inputs. */
    public static final ImageShape IMAGE = new ImageShape(SIDE / BLOCK, SIDE / BLOCK);
    /** The digits 0–9. */
    public static final int CLASSES = 10;
    /** A pixel's full ink. */
    public static final int MAX_VALUE = 255;
    /** Any whole number above every range (plain digits are read up to it). */
    private static final int TOO_LARGE = 100_000;
    /** How often (in pictures read) the progress is told. */
    private static final int REPORT_EVERY = 64;

    private MnistCsv() {
    }

    /**
     * Reads the first {@code rows} pictures of {@code in}, telling {@code progress} every few
     * pictures (pictures read, {@code rows}).
     *
     * @param rows N, 1 … {@value Limits#MAX_SAMPLES}
     * @throws CsvFormatException    naming the line and column of the first problem, or no pictures
     * @throws CancellationException if {@code progress} asked to stop
     * @throws IllegalArgumentException if {@code rows} is outside 1 … {@value Limits#MAX_SAMPLES}
     */
    public static Dataset read(Reader in, int rows, Progress progress) throws IOException, CsvFormatException {
        if (rows < 1 || rows > Limits.MAX_SAMPLES) {
            throw new IllegalArgumentException(IoWords.format("mnist.rows", String.valueOf(Limits.MAX_SAMPLES)));
        }
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        List<double[]> inputs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        int[] pixels = new int[PIXELS];
        int number = 0;
        boolean first = true;
        String line;
        while (inputs.size() < rows && (line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            int cells = cellCount(line);
            if (cells != CELLS) {
                throw new CsvFormatException(number, 0, IoWords.format("mnist.cells", String.valueOf(cells)));
            }
            boolean header = first && !startsWithNumber(line);
            first = false;
            if (header) {
                continue;
            }
            int label = parseRow(line, number, pixels);
            inputs.add(Pooling.averages(pixels, SIDE, SIDE, BLOCK, MAX_VALUE));
            targets.add(oneHot(label));
            if (inputs.size() % REPORT_EVERY == 0 && !progress.proceed(inputs.size(), rows)) {
                throw new CancellationException();
            }
        }
        if (inputs.isEmpty()) {
            throw new CsvFormatException(Math.max(1, number), 0, IoWords.get("csv.none"));
        }
        progress.proceed(inputs.size(), rows);
        return new Dataset(inputs.toArray(double[][]::new), targets.toArray(double[][]::new)).withImage(IMAGE);
    }

    /**
     * Whether {@code file} looks like an MNIST CSV: its first line that is not blank has
     * {@value #CELLS} cells (a dataset of the app's own CSV has at most 512). Reads that line only.
     */
    public static boolean hasLayout(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    return cellCount(line) == CELLS;
                }
            }
            return false;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Digit {@code label} as a one-hot target of {@value #CLASSES}. */
    public static double[] oneHot(int label) {
        double[] y = new double[CLASSES];
        y[label] = 1;
        return y;
    }

    private static int cellCount(String line) {
        int cells = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                cells++;
            }
        }
        return cells;
    }

    private static boolean startsWithNumber(String line) {
        int comma = line.indexOf(',');
        String cell = (comma < 0 ? line : line.substring(0, comma)).strip();
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reads the pixels of line {@code number} (of {@value #CELLS} cells) into {@code pixels}; returns its label. */
    private static int parseRow(String line, int number, int[] pixels) throws CsvFormatException {
        int start = 0;
        int label = 0;
        for (int column = 1; column <= CELLS; column++) {
            int end = line.indexOf(',', start);
            if (end < 0) {
                end = line.length();
            }
            int value = whole(line, start, end, number, column);
            int most = column == 1 ? CLASSES - 1 : MAX_VALUE;
            if (value > most) {
                throw outOfRange(line.substring(start, end).strip(), number, column);
            }
            if (column == 1) {
                label = value;
            } else {
                pixels[column - 2] = value;
            }
            start = end + 1;
        }
        return label;
    }

    /**
     * The cell in [start, end) of the line (spaces around it allowed) as a whole number of plain
     * digits, or {@link #TOO_LARGE} if it is larger than that.
     */
    private static int whole(String line, int start, int end, int number, int column) throws CsvFormatException {
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new CsvFormatException(number, column, IoWords.get("csv.empty"));
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                throw notWhole(line.substring(start, end), number, column);
            }
            value = Math.min(TOO_LARGE, value * 10 + (c - '0'));
        }
        return value;
    }

    /** Why a cell that is not plain digits is refused: not a number, not whole, or (a negative one) out of range. */
    private static CsvFormatException notWhole(String cell, int number, int column) {
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return new CsvFormatException(number, column, IoWords.format("csv.notNumber", shown(cell)));
        }
        if (!Double.isFinite(value) || value != Math.rint(value)) {
            return new CsvFormatException(number, column, IoWords.format("mnist.notWhole", shown(cell)));
        }
        return outOfRange(cell, number, column);
    }

    private static CsvFormatException outOfRange(String cell, int number, int column) {
        return new CsvFormatException(number, column,
                IoWords.format(column == 1 ? "mnist.label" : "mnist.pixel", shown(cell)));
    }

    private static String shown(String cell) {
        return cell.length() <= 24 ? cell : cell.substring(0, 21) + "...";
    }
}

package org.backpropstudio.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.backpropstudio.core.Dataset;

/**
 * The handwritten digits of {@code assets/datasets/digits.csv.gz} (UCI "Optical Recognition of
 * Handwritten Digits", CC BY 4.0; the folder's README gives source and citation): 8 × 8 images of
 * pixels 0–16, row by row, then the digit. Read as pixels in [0, 1] (divided by 16) with one-hot
 * targets, and split for training and testing by {@link #split(long)}. Immutable.
 */
public final class DigitsData {
    /** The images' side, px. */
    public static final int SIDE = 8;
    /** Pixels per image. */
    public static final int PIXELS = SIDE * SIDE;
    /** The digits 0–9. */
    public static final int CLASSES = 10;
    /** The largest pixel value in the file (a 4 × 4 block all on). */
    public static final int MAX_VALUE = 16;
    /** How many images the split keeps for testing (of the file's 1,797: 1,437 train). */
    public static final int TEST_SIZE = 360;
    /** Where the file is on the class path. */
    static final String RESOURCE = "/org/backpropstudio/datasets/digits.csv.gz";

    private final int[][] pixels;
    private final int[] labels;

    private DigitsData(int[][] pixels, int[] labels) {
        this.pixels = pixels;
        this.labels = labels;
    }

    /** A training set and a test set. */
    public record Split(Dataset train, Dataset test) {
    }

    /** The digits bundled with the app. */
    public static DigitsData bundled() throws IOException, CsvFormatException {
        try (InputStream in = DigitsData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the class path");
            }
            return read(new GZIPInputStream(in));
        }
    }

    /**
     * Reads digits from {@code in} (the CSV, not gzipped): one image per line, {@value #PIXELS}
     * whole numbers 0–{@value #MAX_VALUE} then the digit 0–9; the first problem is named by line
     * and column.
     */
    public static DigitsData read(InputStream in) throws IOException, CsvFormatException {
        List<int[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                rows.add(row(line, rows.size() + 1));
            }
        }
        if (rows.isEmpty()) {
            throw new CsvFormatException(1, 0, IoWords.get("csv.none"));
        }
        int[][] pixels = new int[rows.size()][];
        int[] labels = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            pixels[i] = Arrays.copyOf(rows.get(i), PIXELS);
            labels[i] = rows.get(i)[PIXELS];
        }
        return new DigitsData(pixels, labels);
    }

    private static int[] row(String line, int number) throws CsvFormatException {
        String[] cells = line.split(",", -1);
        if (cells.length != PIXELS + 1) {
            throw new CsvFormatException(number, 0, IoWords.format("digits.cells", String.valueOf(PIXELS + 1),
                    String.valueOf(cells.length)));
        }
        int[] values = new int[PIXELS + 1];
        for (int c = 0; c < cells.length; c++) {
            int most = c < PIXELS ? MAX_VALUE : CLASSES - 1;
            String cell = cells[c].strip();
            int value;
            try {
                value = Integer.parseInt(cell);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || value > most) {
                throw new CsvFormatException(number, c + 1, IoWords.format("digits.value", cell, String.valueOf(most)));
            }
            values[c] = value;
        }
        return values;
    }

    /** How many images. */
    public int size() {
        return labels.length;
    }

    /** The digit image {@code i} shows. */
    public int label(int i) {
        return labels[i];
    }

    /** Image {@code i}'s pixels in [0, 1], row by row (a copy). */
    public double[] pixels(int i) {
        double[] x = new double[PIXELS];
        for (int p = 0; p < PIXELS; p++) {
            x[p] = pixels[i][p] / (double) MAX_VALUE;
        }
        return x;
    }

    /** Digit {@code label} as a one-hot target of {@value #CLASSES}. */
    public static double[] oneHot(int label) {
        double[] y = new double[CLASSES];
        y[label] = 1;
        return y;
    }

    /**
     * A seeded, stratified split: each digit's images shuffled with {@code new Random(seed)} (the
     * same bits on every machine), the test set taking from each digit its share of
     * {@value #TEST_SIZE} (360 · count ÷ size, the largest remainders rounded up so that the shares
     * make {@value #TEST_SIZE}), the rest training; both sets keep the file's order.
     */
    public Split split(long seed) {
        List<List<Integer>> byDigit = new ArrayList<>();
        for (int d = 0; d < CLASSES; d++) {
            byDigit.add(new ArrayList<>());
        }
        for (int i = 0; i < size(); i++) {
            byDigit.get(labels[i]).add(i);
        }
        int test = Math.min(TEST_SIZE, size() - 1);
        int[] shares = shares(byDigit.stream().mapToInt(List::size).toArray(), test);
        Random random = new Random(seed);
        boolean[] testing = new boolean[size()];
        for (int d = 0; d < CLASSES; d++) {
            List<Integer> images = byDigit.get(d);
            Collections.shuffle(images, random);
            for (int k = 0; k < shares[d]; k++) {
                testing[images.get(k)] = true;
            }
        }
        return new Split(dataset(testing, false), dataset(testing, true));
    }

    /** {@code total} shared out in proportion to {@code counts}, the largest remainders rounded up. */
    static int[] shares(int[] counts, int total) {
        int all = Arrays.stream(counts).sum();
        int[] shares = new int[counts.length];
        double[] remainders = new double[counts.length];
        int given = 0;
        for (int d = 0; d < counts.length; d++) {
            double exact = (double) total * counts[d] / all;
            shares[d] = (int) Math.floor(exact);
            remainders[d] = exact - shares[d];
            given += shares[d];
        }
        while (given < total) {
            int best = 0;
            for (int d = 1; d < counts.length; d++) {
                if (remainders[d] > remainders[best]) {
                    best = d;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            given++;
        }
        return shares;
    }

    private Dataset dataset(boolean[] testing, boolean test) {
        List<double[]> inputs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (testing[i] == test) {
                inputs.add(pixels(i));
                targets.add(oneHot(labels[i]));
            }
        }
        return new Dataset(inputs.toArray(double[][]::new), targets.toArray(double[][]::new));
    }
}

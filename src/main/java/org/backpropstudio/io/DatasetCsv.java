package org.backpropstudio.io;

import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Limits;

/**
 * A dataset as CSV: one sample per line, the inputs x₁…xₙ then the targets y₁…yₖ, separated by
 * commas, with an optional header line ({@code x1,x2,y1}). Numbers are written so that they read
 * back to the same double.
 */
public final class DatasetCsv {
    private DatasetCsv() {
    }

    /** The dataset as CSV text with a header line. */
    public static String write(Dataset data) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= data.inputWidth(); i++) {
            header.add("x" + i);
        }
        for (int k = 1; k <= data.targetWidth(); k++) {
            header.add("y" + k);
        }
        out.append(String.join(",", header)).append('\n');
        for (int s = 0; s < data.size(); s++) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < data.inputWidth(); i++) {
                cells.add(Double.toString(data.input(s, i)));
            }
            for (int k = 0; k < data.targetWidth(); k++) {
                cells.add(Double.toString(data.target(s, k)));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads CSV text as a dataset for a network with {@code inputs} inputs and {@code outputs}
     * outputs. A first line that is not all numbers is taken as a header; blank lines are skipped.
     *
     * @throws CsvFormatException naming the line and column of the first problem: a cell that is
     *                            not a finite number or is larger than 1e6 in magnitude, a line
     *                            with the wrong number of cells, no samples, too many samples
     */
    public static Dataset read(String text, int inputs, int outputs) throws CsvFormatException {
        String[] lines = text.split("\r\n|\n|\r", -1);
        int width = inputs + outputs;
        List<double[]> x = new ArrayList<>();
        List<double[]> y = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = n == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[n];
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (x.isEmpty() && n == firstNonBlank(lines) && !isNumber(cells[0].trim())) {
                continue;
            }
            if (cells.length != width) {
                throw new CsvFormatException(n + 1, 0, IoWords.format("csv.cells", String.valueOf(width),
                        String.valueOf(inputs), String.valueOf(outputs), String.valueOf(cells.length)));
            }
            if (x.size() == Limits.MAX_SAMPLES) {
                throw new CsvFormatException(n + 1, 0,
                        IoWords.format("csv.tooMany", String.valueOf(Limits.MAX_SAMPLES)));
            }
            double[] row = new double[width];
            for (int c = 0; c < width; c++) {
                row[c] = parse(cells[c].trim(), n + 1, c + 1);
            }
            x.add(java.util.Arrays.copyOfRange(row, 0, inputs));
            y.add(java.util.Arrays.copyOfRange(row, inputs, width));
        }
        if (x.isEmpty()) {
            throw new CsvFormatException(Math.max(1, lines.length), 0, IoWords.get("csv.none"));
        }
        return new Dataset(x.toArray(new double[0][]), y.toArray(new double[0][]));
    }

    private static int firstNonBlank(String[] lines) {
        for (int n = 0; n < lines.length; n++) {
            if (!lines[n].replace("\uFEFF", "").isBlank()) {
                return n;
            }
        }
        return -1;
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double parse(String cell, int line, int column) throws CsvFormatException {
        if (cell.isEmpty()) {
            throw new CsvFormatException(line, column, IoWords.get("csv.empty"));
        }
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new CsvFormatException(line, column, IoWords.format("csv.notNumber", abbreviate(cell)));
        }
        if (!Double.isFinite(value)) {
            throw new CsvFormatException(line, column, IoWords.format("csv.notFinite", abbreviate(cell)));
        }
        if (Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw new CsvFormatException(line, column, IoWords.format("csv.tooLarge", abbreviate(cell)));
        }
        return value;
    }

    private static String abbreviate(String cell) {
        return cell.length() <= 24 ? cell : cell.substring(0, 21) + "...";
    }
}

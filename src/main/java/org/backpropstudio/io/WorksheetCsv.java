package org.backpropstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A student's worksheet answers as CSV (RFC 4180, UTF-8). Written as results, one row per item:
 * <pre>
 *   item,quantity,answer,correct,value,diagnosis
 *   1,z₁⁽¹⁾,0.3775,true,0.3775,
 *   2,a₁⁽¹⁾,0.3775,false,0.5932699921071872,z-for-a
 * </pre>
 * the item's number (from 1), its symbol, the answer as typed (empty if none), whether it is
 * right, the true value (parsing back to the same double) and the id of the mistake recognised
 * (empty if none). Read back as answers: a header naming at least the columns {@code item} and
 * {@code answer} (in any order, with any case; {@code quantity} is read too, other columns are
 * ignored), then one row per answered item. So a results file, or a blank with only
 * {@code item,quantity,answer} filled in by hand, reads back the same. A field with a comma, a
 * quote or a line break is quoted, its quotes doubled.
 */
public final class WorksheetCsv {
    /** The header of the results. */
    public static final String HEADER = "item,quantity,answer,correct,value,diagnosis";
    /** The most rows an answers file may have. */
    public static final int MAX_ROWS = 100_000;
    private static final String LINE_END = "\r\n";

    /**
     * One answer read: the line it is on (from 1), the item, the quantity column (empty if the
     * file has none), the answer as written (stripped; empty for none) and the answer's column.
     */
    public record Answer(int line, int item, String quantity, String answer, int answerColumn, int quantityColumn) {
    }

    /** One row of results. */
    public record Result(int item, String quantity, String answer, boolean correct, double value, String diagnosis) {
    }

    private WorksheetCsv() {
    }

    /** Writes the header and {@code rows} to {@code out}, which stays open. */
    public static void write(List<Result> rows, Writer out) throws IOException {
        out.write(HEADER + LINE_END);
        for (Result r : rows) {
            out.write(String.join(",", Integer.toString(r.item()), field(r.quantity()), field(r.answer()),
                    Boolean.toString(r.correct()), Double.toString(r.value()), field(r.diagnosis())) + LINE_END);
        }
    }

    /**
     * The answers in {@code text}.
     *
     * @throws CsvFormatException naming the line and column of the first problem: no header, a
     *                            header without {@code item} or {@code answer}, a row with too few
     *                            cells, an item that is not a whole number from 1, an item given
     *                            twice, an unclosed quote, too many rows
     */
    public static List<Answer> read(String text) throws CsvFormatException {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\n|\r", -1);
        Map<String, Integer> columns = null;
        List<Answer> answers = new ArrayList<>();
        Set<Integer> items = new HashSet<>();
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[n], n + 1);
            if (columns == null) {
                columns = header(cells, n + 1);
                continue;
            }
            int width = Math.max(columns.get("item"), columns.get("answer")) + 1;
            if (cells.size() < width) {
                throw new CsvFormatException(n + 1, 0, IoWords.format("worksheetCsv.cells",
                        String.valueOf(width), String.valueOf(cells.size())));
            }
            if (answers.size() == MAX_ROWS) {
                throw new CsvFormatException(n + 1, 0,
                        IoWords.format("worksheetCsv.tooMany", String.valueOf(MAX_ROWS)));
            }
            int itemColumn = columns.get("item");
            int item = item(cells.get(itemColumn).strip(), n + 1, itemColumn + 1);
            if (!items.add(item)) {
                throw new CsvFormatException(n + 1, itemColumn + 1,
                        IoWords.format("worksheetCsv.twice", String.valueOf(item)));
            }
            Integer q = columns.get("quantity");
            String quantity = q != null && q < cells.size() ? cells.get(q).strip() : "";
            answers.add(new Answer(n + 1, item, quantity, cells.get(columns.get("answer")).strip(),
                    columns.get("answer") + 1, q == null ? 0 : q + 1));
        }
        if (columns == null) {
            throw new CsvFormatException(1, 0, IoWords.get("worksheetCsv.noHeader"));
        }
        return List.copyOf(answers);
    }

    private static Map<String, Integer> header(List<String> cells, int line) throws CsvFormatException {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String name = cells.get(c).strip().toLowerCase(Locale.ROOT);
            if (columns.containsKey(name) && !name.isEmpty()) {
                throw new CsvFormatException(line, c + 1, IoWords.format("worksheetCsv.duplicateColumn", name));
            }
            columns.put(name, c);
        }
        if (!columns.containsKey("item") || !columns.containsKey("answer")) {
            throw new CsvFormatException(line, 0, IoWords.get("worksheetCsv.noHeader"));
        }
        return columns;
    }

    private static int item(String cell, int line, int column) throws CsvFormatException {
        try {
            int item = Integer.parseInt(cell);
            if (item >= 1) {
                return item;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new CsvFormatException(line, column, IoWords.format("worksheetCsv.item",
                cell.length() <= 24 ? cell : cell.substring(0, 21) + "..."));
    }

    /** The cells of one line: fields split at commas, a quoted field's quotes removed and its "" made ". */
    private static List<String> cells(String line, int number) throws CsvFormatException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CsvFormatException(number, cells.size() + 1, IoWords.get("worksheetCsv.unclosedQuote"));
        }
        cells.add(cell.toString());
        return cells;
    }

    /** {@code text} as one CSV field: quoted if it holds a comma, a quote or a line break. */
    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

package org.backpropstudio.io;

/** A CSV file that could not be read as a dataset, naming the line and column of the first problem. */
public class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    /**
     * @param line   the line, counting from 1
     * @param column the column, counting from 1 (0 when the whole line is at fault)
     */
    public CsvFormatException(int line, int column, String problem) {
        super(column > 0 ? IoWords.format("csv.cell", String.valueOf(line), String.valueOf(column), problem)
                : IoWords.format("csv.line", String.valueOf(line), problem));
        this.line = line;
        this.column = column;
    }

    /** The line of the problem, counting from 1. */
    public int line() {
        return line;
    }

    /** The column of the problem, counting from 1; 0 for the whole line. */
    public int column() {
        return column;
    }
}

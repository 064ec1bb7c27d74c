package org.backpropstudio.app.images;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.diagram.DiagramKeys;
import org.backpropstudio.core.Score;

/**
 * The test set's confusion matrix: a row per true class, a column per predicted class, each cell
 * the count of test samples; the diagonal (right answers) is marked {@code :diagonal}, other
 * cells with a count {@code :confused}, empty ones {@code :zero}. Keyboard: Tab to the matrix,
 * the arrow keys move a cursor over the cells ({@code :cursor}) and a screen reader hears each
 * ("true 8, predicted 1: 3 test samples"); hovering a cell does the same. Style class
 * {@code confusion-matrix}, cells {@code confusion-cell}, headers {@code confusion-header}.
 */
final class ConfusionMatrix extends GridPane {
    static final PseudoClass DIAGONAL = PseudoClass.getPseudoClass("diagonal");
    static final PseudoClass CONFUSED = PseudoClass.getPseudoClass("confused");
    static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");

    private Label[][] cells = new Label[0][0];
    private int[][] counts;
    /** The cell under the keyboard's cursor (row, column), or −1 when none. */
    private int cursorRow = -1;
    private int cursorColumn = -1;

    ConfusionMatrix() {
        setId("confusion-matrix");
        getStyleClass().addAll("confusion-matrix", DiagramKeys.NAVIGABLE);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, now) -> {
            if (now && cursorRow < 0 && cells.length > 0) {
                moveCursor(0, 0);
            }
        });
    }

    /** Shows {@code score}'s confusion matrix (a classifier's). */
    void show(Score score) {
        int[][] c = score.confusion();
        int n = c.length;
        if (cells.length != n) {
            build(n);
        }
        counts = new int[n][];
        for (int t = 0; t < n; t++) {
            counts[t] = c[t].clone();
            for (int p = 0; p < n; p++) {
                Label cell = cells[t][p];
                cell.setText(String.valueOf(c[t][p]));
                cell.pseudoClassStateChanged(CONFUSED, t != p && c[t][p] > 0);
                cell.pseudoClassStateChanged(ZERO, c[t][p] == 0);
            }
        }
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** The counts shown, counts[true][predicted], or null before the first; for tests. */
    int[][] counts() {
        if (counts == null) {
            return null;
        }
        int[][] copy = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            copy[t] = counts[t].clone();
        }
        return copy;
    }

    /** The label of cell (true t, predicted p); for tests. */
    Label cell(int t, int p) {
        return cells[t][p];
    }

    private void build(int n) {
        getChildren().clear();
        cells = new Label[n][n];
        cursorRow = -1;
        cursorColumn = -1;
        for (int k = 0; k < n; k++) {
            add(header(String.valueOf(k), "predicted"), k + 1, 0);
            add(header(String.valueOf(k), "true"), 0, k + 1);
        }
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                Label cell = new Label();
                cell.getStyleClass().add("confusion-cell");
                cell.pseudoClassStateChanged(DIAGONAL, t == p);
                cell.setMaxWidth(Double.MAX_VALUE);
                GridPane.setHalignment(cell, HPos.CENTER);
                int row = t;
                int column = p;
                cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> moveCursor(row, column));
                cells[t][p] = cell;
                add(cell, p + 1, t + 1);
            }
        }
    }

    private static Label header(String text, String axis) {
        Label header = new Label(text);
        header.getStyleClass().addAll("confusion-header", axis);
        header.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(header, HPos.CENTER);
        return header;
    }

    private void key(KeyEvent e) {
        if (!e.getCode().isArrowKey() || cells.length == 0) {
            return;
        }
        e.consume();
        int n = cells.length;
        int r = Math.max(0, cursorRow);
        int c = Math.max(0, cursorColumn);
        switch (e.getCode()) {
            case UP, KP_UP -> r = Math.max(0, r - 1);
            case DOWN, KP_DOWN -> r = Math.min(n - 1, r + 1);
            case LEFT, KP_LEFT -> c = Math.max(0, c - 1);
            default -> c = Math.min(n - 1, c + 1);
        }
        moveCursor(r, c);
    }

    private void moveCursor(int row, int column) {
        if (cursorRow >= 0 && cursorRow < cells.length) {
            cells[cursorRow][cursorColumn].pseudoClassStateChanged(CURSOR, false);
        }
        cursorRow = row;
        cursorColumn = column;
        cells[row][column].pseudoClassStateChanged(CURSOR, true);
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return spoken();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** The cell under the cursor, or what the matrix is. */
    String spoken() {
        if (counts == null) {
            return Messages.get("pictures.matrix.pending");
        }
        if (cursorRow < 0) {
            return Messages.get("pictures.matrix.spoken");
        }
        int count = counts[cursorRow][cursorColumn];
        return Messages.format("pictures.matrix.cell", String.valueOf(cursorRow), String.valueOf(cursorColumn),
                String.format(Locale.ROOT, "%,d", count), count);
    }
}

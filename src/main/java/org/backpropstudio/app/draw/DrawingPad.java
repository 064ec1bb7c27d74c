package org.backpropstudio.app.draw;

import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.NextFrame;
import org.backpropstudio.app.plot.Looks;
import org.backpropstudio.core.ImageShape;

/**
 * The drawing pad: {@link PadCells} on a canvas, drawn with the mouse (the main button inks, the
 * other erases) or the keyboard (the arrows move a cursor, Shift with an arrow draws as it moves,
 * Space inks at the cursor, Delete erases there). Faint lines mark the 4 × 4 blocks that become one
 * pixel each. Its accessible text says how much is inked and where the cursor is. Looks:
 * {@code draw.css} ({@code -bp-pad-paper}, {@code -bp-pad-ink}, {@code -bp-pad-block-line},
 * {@code -bp-pad-cursor}).
 */
final class DrawingPad extends Region {
    private static final StyleablePropertyFactory<DrawingPad> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** The pad's preferred side, px, and its least. */
    private static final double PREF_SIDE = 352;
    private static final double MIN_SIDE = 160;

    private final Looks<DrawingPad> looks = new Looks<>(CSS, this);
    private final StyleableProperty<Paint> paper = looks.paint("-bp-pad-paper", p -> p.paper, Color.WHITE);
    private final StyleableProperty<Paint> ink = looks.paint("-bp-pad-ink", p -> p.ink, Color.BLACK);
    private final StyleableProperty<Paint> blockLine = looks.paint("-bp-pad-block-line", p -> p.blockLine, Color.GRAY);
    private final StyleableProperty<Paint> cursor = looks.paint("-bp-pad-cursor", p -> p.cursor, Color.BLUE);

    private final Canvas canvas = new Canvas();
    private final NextFrame redraw = new NextFrame(this::draw);
    private PadCells cells;
    private Runnable onChange = () -> { };
    private boolean erasing;

    DrawingPad(ImageShape image) {
        cells = new PadCells(image);
        setId("drawing-pad");
        getStyleClass().add("drawing-pad");
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription(Messages.get("draw.pad.role"));
        setAccessibleHelp(Messages.get("draw.pad.help"));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, now) -> redraw.request());
        looks.onChange(o -> redraw.request());
        changed();
    }

    /** What is drawn. */
    PadCells cells() {
        return cells;
    }

    /** Starts afresh on an empty pad for pictures of {@code image}. */
    void reset(ImageShape image) {
        cells = new PadCells(image);
        requestLayout();
        changed();
    }

    /** Erases everything. */
    void clear() {
        cells.clear();
        changed();
    }

    /** Called after every change of the drawing or the cursor. */
    void setOnChange(Runnable onChange) {
        this.onChange = Objects.requireNonNull(onChange);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        e.consume();
        if (!canvas.getBoundsInParent().contains(e.getX(), e.getY())) {
            return;
        }
        erasing = e.getButton() != MouseButton.PRIMARY;
        cells.penDown(row(e.getY()), col(e.getX()), !erasing);
        changed();
    }

    private void dragged(MouseEvent e) {
        cells.strokeTo(row(e.getY()), col(e.getX()), !erasing);
        changed();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (cells.isPenDown()) {
            cells.strokeTo(row(e.getY()), col(e.getX()), !erasing);
            cells.penUp();
            changed();
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        boolean draw = e.isShiftDown();
        KeyCode code = e.getCode();
        switch (code) {
            case UP, KP_UP -> cells.moveCursor(-1, 0, draw);
            case DOWN, KP_DOWN -> cells.moveCursor(1, 0, draw);
            case LEFT, KP_LEFT -> cells.moveCursor(0, -1, draw);
            case RIGHT, KP_RIGHT -> cells.moveCursor(0, 1, draw);
            case SPACE -> cells.dabAtCursor(true);
            case DELETE, BACK_SPACE -> cells.dabAtCursor(false);
            default -> {
                return;
            }
        }
        changed();
        e.consume();
    }

    private void changed() {
        setAccessibleText(Messages.format("draw.pad.text", cells.width(), cells.height(), cells.inkedCount(),
                cells.cursorRow() + 1, cells.cursorCol() + 1,
                cells.isInked(cells.cursorRow(), cells.cursorCol()) ? 1 : 0));
        redraw.request();
        onChange.run();
    }

    /** The side of a cell, px: whole pixels, so the grid stays crisp. */
    private double cell() {
        double side = Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        return Math.max(1, Math.floor(side / Math.max(cells.width(), cells.height())));
    }

    private int row(double y) {
        return (int) Math.floor((y - canvas.getLayoutY()) / cell());
    }

    private int col(double x) {
        return (int) Math.floor((x - canvas.getLayoutX()) / cell());
    }

    @Override
    protected void layoutChildren() {
        double c = cell();
        double w = c * cells.width();
        double h = c * cells.height();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double freeWidth = getWidth() - left - snappedRightInset();
        double freeHeight = getHeight() - top - snappedBottomInset();
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(Math.round(left + (freeWidth - w) / 2), Math.round(top + (freeHeight - h) / 2));
        redraw.request();
    }

    /** A side of whole cells near {@code side}, so that the canvas fills the pad. */
    private double wholeCells(double side, boolean across) {
        int n = across ? cells.width() : cells.height();
        int most = Math.max(cells.width(), cells.height());
        return n * Math.max(1, Math.floor(side / most));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + wholeCells(PREF_SIDE, true) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + wholeCells(PREF_SIDE, false) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + wholeCells(MIN_SIDE, true) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + wholeCells(MIN_SIDE, false) + snappedBottomInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double c = cell();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(paper.getValue());
        g.fillRect(0, 0, w, h);
        g.setFill(ink.getValue());
        for (int r = 0; r < cells.height(); r++) {
            for (int col = 0; col < cells.width(); col++) {
                if (cells.isInked(r, col)) {
                    g.fillRect(col * c, r * c, c, c);
                }
            }
        }
        g.setStroke(blockLine.getValue());
        g.setLineWidth(1);
        for (int col = PadCells.BLOCK; col < cells.width(); col += PadCells.BLOCK) {
            g.strokeLine(col * c + 0.5, 0, col * c + 0.5, h);
        }
        for (int r = PadCells.BLOCK; r < cells.height(); r += PadCells.BLOCK) {
            g.strokeLine(0, r * c + 0.5, w, r * c + 0.5);
        }
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        if (isFocused()) {
            int reach = cells.pen();
            g.setStroke(cursor.getValue());
            g.setLineWidth(2);
            g.strokeRect((cells.cursorCol() - reach) * c + 1, (cells.cursorRow() - reach) * c + 1,
                    (2 * reach + 1) * c - 2, (2 * reach + 1) * c - 2);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}

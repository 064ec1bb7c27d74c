package org.backpropstudio.app.images;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.diagram.DiagramKeys;
import org.backpropstudio.app.plot.Looks;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Scripts;

/**
 * What each first-layer hidden unit looks for: its incoming weights W⁽¹⁾ⱼ drawn as a picture of
 * the input's shape, one tile per unit in a grid (its "receptive field"). A weight's colour says
 * its sign and size on one scale for all tiles, from {@code -bp-negative-color} through
 * {@code -bp-neutral-color} (0) to {@code -bp-positive-color}, the pair the diagram uses for
 * weight signs; the legend gives the scale, the largest |w| of W⁽¹⁾.
 *
 * <p>Pointing at a tile, or moving the keyboard's cursor onto it (Tab to the grid, then the arrow
 * keys), says which unit it is in the line below the grid and to a screen reader; a click, Enter
 * or Space selects that unit (the diagram and the equations follow the selection); the tile of
 * the unit selected is marked {@code :selected}. Ids: {@code #receptive-fields} (the grid),
 * {@code #receptive-fields-readout}, each tile {@code #field-j} (j from 0).
 */
final class ReceptiveFields extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final StyleablePropertyFactory<ReceptiveFields> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** The legend's steps from −scale to +scale. */
    private static final int LEGEND_STEPS = 9;

    private final Looks<ReceptiveFields> looks = new Looks<>(CSS, this);
    private final StyleableProperty<Paint> negative = looks.paint("-bp-negative-color", f -> f.negative, Color.RED);
    private final StyleableProperty<Paint> neutral = looks.paint("-bp-neutral-color", f -> f.neutral, Color.WHITE);
    private final StyleableProperty<Paint> positive = looks.paint("-bp-positive-color", f -> f.positive, Color.BLUE);

    private final TilePane grid = new TilePane();
    private final FlowCursor cursor;
    private final PixelTile legend = new PixelTile();
    private final Label low = new Label();
    private final Label high = new Label();
    private final Label readout = new Label(Messages.get("pictures.fields.hint"));
    private final List<PixelTile> tiles = new ArrayList<>();
    /** W⁽¹⁾ shown, rows[j][k], and its shape; the scale, the largest |w|. */
    private double[][] rows = new double[0][];
    private ImageShape shape;
    private double scale;
    private int selected = -1;
    private IntConsumer onSelect = j -> { };

    ReceptiveFields() {
        getStyleClass().add("receptive-fields");
        grid.setId("receptive-fields");
        grid.getStyleClass().addAll("receptive-field-grid", DiagramKeys.NAVIGABLE);
        grid.setFocusTraversable(true);
        grid.setAccessibleRole(AccessibleRole.TEXT);
        grid.setAccessibleRoleDescription(Messages.get("pictures.fields.role"));
        cursor = new FlowCursor(grid, this::pointAt);
        grid.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        grid.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointAt(grid.isFocused() ? cursor.index() : -1));
        readout.setId("receptive-fields-readout");
        readout.getStyleClass().add("pictures-note");
        readout.setWrapText(true);
        legend.getStyleClass().add("field-legend");
        low.getStyleClass().add("field-legend-label");
        high.getStyleClass().add("field-legend-label");
        Label zero = new Label("0");
        zero.getStyleClass().add("field-legend-label");
        HBox scaleRow = new HBox(new Label(Messages.get("pictures.fields.legend")), low, legend, high);
        scaleRow.getStyleClass().add("field-legend-row");
        scaleRow.setAlignment(Pos.CENTER_LEFT);
        scaleRow.getChildren().get(0).getStyleClass().add("pictures-note");
        getChildren().addAll(scaleRow, grid, readout);
        looks.onChange(o -> recolour());
    }

    /** Calls {@code select} with a hidden unit's index when the student picks its tile. */
    void setOnSelect(IntConsumer select) {
        this.onSelect = select;
    }

    /** Shows W⁽¹⁾ of {@code s} as pictures of {@code imageShape}; the same weights again cost a comparison. */
    void show(Snapshot s, ImageShape imageShape) {
        int units = s.units(1);
        int inputs = s.units(0);
        boolean same = imageShape.equals(shape) && rows.length == units;
        double[][] now = new double[units][inputs];
        for (int j = 0; j < units; j++) {
            for (int k = 0; k < inputs; k++) {
                now[j][k] = s.weight(1, j, k);
            }
            same = same && java.util.Arrays.equals(now[j], rows[j]);
        }
        if (same) {
            return;
        }
        rows = now;
        shape = imageShape;
        scale = Pixels.largestMagnitude(now);
        if (tiles.size() != units) {
            build(units);
        }
        recolour();
    }

    /** Marks the tile of hidden unit {@code j} as selected (−1: none). */
    void setSelected(int j) {
        selected = j;
        for (int k = 0; k < tiles.size(); k++) {
            tiles.get(k).pseudoClassStateChanged(SELECTED, k == j);
        }
    }

    /** The weights W⁽¹⁾ⱼ shown in tile j, row by row; for tests. */
    double[] weights(int j) {
        return rows[j].clone();
    }

    /** Tile j; for tests. */
    PixelTile tile(int j) {
        return tiles.get(j);
    }

    /** The number of tiles. */
    int count() {
        return tiles.size();
    }

    private void build(int units) {
        tiles.clear();
        for (int j = 0; j < units; j++) {
            PixelTile tile = new PixelTile();
            tile.getStyleClass().add("field");
            tile.setId("field-" + j);
            int unit = j;
            tile.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> pointAt(unit));
            tile.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                grid.requestFocus();
                cursor.moveTo(unit);
                onSelect.accept(unit);
            });
            tiles.add(tile);
        }
        grid.getChildren().setAll(tiles);
        cursor.itemsChanged();
        setSelected(selected);
    }

    private void recolour() {
        if (shape == null) {
            return;
        }
        int neg = Pixels.argb(negative.getValue());
        int mid = Pixels.argb(neutral.getValue());
        int pos = Pixels.argb(positive.getValue());
        for (int j = 0; j < tiles.size(); j++) {
            tiles.get(j).show(Pixels.diverging(rows[j], scale, neg, mid, pos), shape.width(), shape.height());
        }
        double[] steps = new double[LEGEND_STEPS];
        for (int i = 0; i < LEGEND_STEPS; i++) {
            steps[i] = -1 + 2.0 * i / (LEGEND_STEPS - 1);
        }
        legend.show(Pixels.diverging(steps, 1, neg, mid, pos), LEGEND_STEPS, 1);
        low.setText(OutputBars.format(-scale));
        high.setText("+" + OutputBars.format(scale));
        pointAt(grid.isFocused() ? cursor.index() : -1);
    }

    private void key(KeyEvent e) {
        if (cursor.key(e)) {
            e.consume();
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && cursor.index() >= 0) {
            onSelect.accept(cursor.index());
            e.consume();
        }
    }

    /** Says which unit tile j is (−1: the hint) in the line below and to a screen reader. */
    private void pointAt(int j) {
        String text;
        if (j < 0 || j >= rows.length) {
            text = Messages.get("pictures.fields.hint");
        } else {
            double least = Double.POSITIVE_INFINITY;
            double most = Double.NEGATIVE_INFINITY;
            for (double w : rows[j]) {
                least = Math.min(least, w);
                most = Math.max(most, w);
            }
            text = Messages.format("pictures.fields.unit", "h" + Scripts.subscript(j + 1), String.valueOf(j + 1),
                    OutputBars.format(least), OutputBars.format(most));
        }
        readout.setText(text);
        grid.setAccessibleText(text);
        grid.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}

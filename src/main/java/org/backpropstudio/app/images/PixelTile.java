package org.backpropstudio.app.images;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A grid of coloured pixels drawn crisp: each pixel a square of whole screen pixels, as large as
 * the tile's room allows, the grid centred (no smoothing, so an 8 × 8 digit stays 64 clear
 * squares at any size). Its size comes from CSS ({@code -fx-pref-width}, {@code -fx-pref-height})
 * or its parent; what it shows from {@link #show}. FX thread only.
 */
class PixelTile extends Region {
    /** A pixel's side when nothing sets the tile's size, px. */
    static final int PREF_CELL = 4;
    private final Canvas canvas = new Canvas();
    private int[] argb = new int[0];
    private int columns;
    private int rows;
    private boolean drawn;

    PixelTile() {
        getStyleClass().add("pixel-tile");
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /** Shows {@code colours} (ARGB, row by row) as a {@code width} × {@code height} grid; the same again: no cost. */
    final void show(int[] colours, int width, int height) {
        if (width == columns && height == rows && Arrays.equals(colours, argb)) {
            return;
        }
        argb = colours.clone();
        columns = width;
        rows = height;
        drawn = false;
        requestLayout();
    }

    /** The colours shown, ARGB row by row (a copy); for tests. */
    final int[] colours() {
        return argb.clone();
    }

    /** The side of one pixel's square on screen now, px (0 before layout). */
    final double cell() {
        if (columns == 0 || rows == 0) {
            return 0;
        }
        return Math.max(1, Math.floor(Math.min(canvas.getWidth() / columns, canvas.getHeight() / rows)));
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, Math.floor(getWidth() - in.getLeft() - in.getRight()));
        double h = Math.max(0, Math.floor(getHeight() - in.getTop() - in.getBottom()));
        canvas.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            drawn = false;
        }
        if (!drawn) {
            draw();
            drawn = true;
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (columns == 0 || rows == 0 || argb.length < columns * rows) {
            return;
        }
        double cell = cell();
        double left = Math.floor((canvas.getWidth() - cell * columns) / 2);
        double top = Math.floor((canvas.getHeight() - cell * rows) / 2);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int p = argb[r * columns + c];
                g.setFill(Color.rgb(p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff));
                g.fillRect(left + c * cell, top + r * cell, cell, cell);
            }
        }
    }

    /** Without a size from CSS, {@value #PREF_CELL} px a pixel. */
    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + PREF_CELL * Math.max(1, columns);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + PREF_CELL * Math.max(1, rows);
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + Math.max(1, columns);
    }

    @Override
    protected double computeMinHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + Math.max(1, rows);
    }
}

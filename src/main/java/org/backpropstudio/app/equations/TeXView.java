package org.backpropstudio.app.equations;

import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.backpropstudio.app.MathMasks;

/**
 * One typeset line of an equation. The glyphs are an alpha mask ({@link MathMasks.Mask}) used as
 * this region's clip, so what shows through is the region's own CSS background: the colour of an
 * equation ({@code .tex}) and of its result ({@code .tex.result}) are set in the stylesheet and
 * follow a theme change without typesetting anything again.
 *
 * <p>Its size is the line's size times {@link #setFit(double) a fit factor} (1, or less to fit a
 * narrow panel); the mask is drawn at the rendered resolution, so it stays sharp on HiDPI screens.
 */
final class TeXView extends Region {
    private final MathMasks.Mask line;
    private final ImageView mask;
    private double fit = 1;

    TeXView(MathMasks.Mask line) {
        this.line = line;
        this.mask = new ImageView(line.image());
        mask.setSmooth(true);
        getStyleClass().add("tex");
        setClip(mask);
        setFit(1);
    }

    /** Shows the line at {@code factor} times its typeset size. */
    void setFit(double factor) {
        fit = factor;
        mask.setFitWidth(line.width() * factor);
        mask.setFitHeight(line.height() * factor);
        requestLayout();
    }

    /** The typeset width, before fitting. */
    double naturalWidth() {
        return line.width();
    }

    /** The typeset height, before fitting. */
    double naturalHeight() {
        return line.height();
    }

    @Override
    protected double computePrefWidth(double height) {
        return line.width() * fit;
    }

    @Override
    protected double computePrefHeight(double width) {
        return line.height() * fit;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    public double getBaselineOffset() {
        return line.baseline() * fit;
    }
}

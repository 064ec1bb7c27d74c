package org.backpropstudio.app.lesson;

import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.backpropstudio.app.MathMasks;

/**
 * One typeset formula inside a line of text. The glyphs are an alpha mask used as this region's
 * clip, so what shows through is the region's CSS background ({@code .math}): the formula takes the
 * text's colour from the theme, light or dark, without typesetting again. Its baseline is the
 * formula's, so that it sits on the line of the words around it. A formula wider than its line is
 * shrunk to fit ({@link #fitTo}).
 */
final class InlineMath extends Region {
    private final MathMasks.Mask rendered;
    private final ImageView mask;
    /** The factor the formula is shown at: 1, or less to fit a narrow line. */
    private double fit = 1;

    InlineMath(MathMasks.Mask rendered, String latex) {
        this.rendered = rendered;
        this.mask = new ImageView(rendered.image());
        mask.setSmooth(true);
        setClip(mask);
        getStyleClass().add("math");
        setAccessibleText(latex);
        applyFit();
    }

    /** Shrinks the formula to {@code width} if it is wider (never grows it). */
    void fitTo(double width) {
        double factor = width <= 0 ? 1 : Math.min(1, width / rendered.width());
        if (Math.abs(factor - fit) > 1e-3) {
            fit = factor;
            applyFit();
            requestLayout();
        }
    }

    private void applyFit() {
        mask.setFitWidth(rendered.width() * fit);
        mask.setFitHeight(rendered.height() * fit);
    }

    @Override
    protected double computePrefWidth(double height) {
        return rendered.width() * fit;
    }

    @Override
    protected double computePrefHeight(double width) {
        return rendered.height() * fit;
    }

    @Override
    protected double computeMinWidth(double height) {
        return rendered.width() * fit;
    }

    @Override
    protected double computeMinHeight(double width) {
        return rendered.height() * fit;
    }

    @Override
    protected double computeMaxWidth(double height) {
        return rendered.width() * fit;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return rendered.height() * fit;
    }

    @Override
    public double getBaselineOffset() {
        return rendered.baseline() * fit;
    }
}

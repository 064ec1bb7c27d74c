package org.backpropstudio.app;

import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A typeset formula on screen ({@link MathMasks.Mask}). The glyphs are an alpha mask used as this
 * region's clip, so what shows through is the region's own CSS background: the formula takes its
 * colour from the stylesheet and follows a theme change without typesetting anything again. Its
 * size is the formula's times a fit factor (1, or less to fit a narrow place), always exactly that;
 * its baseline is the formula's, so that it sits on the line of the words around it. The mask is
 * drawn at its rendered resolution, so it stays sharp on a HiDPI screen.
 */
public class MaskView extends Region {
    private final MathMasks.Mask formula;
    private final ImageView mask;
    private double fit = 1;

    public MaskView(MathMasks.Mask formula) {
        this.formula = formula;
        this.mask = new ImageView(formula.image());
        mask.setSmooth(true);
        setClip(mask);
        setFit(1);
    }

    /** Shows the formula at {@code factor} times its typeset size. */
    public final void setFit(double factor) {
        fit = factor;
        mask.setFitWidth(formula.width() * factor);
        mask.setFitHeight(formula.height() * factor);
        requestLayout();
    }

    /** The factor the formula is shown at. */
    public final double getFit() {
        return fit;
    }

    /** The typeset width, before fitting. */
    public final double naturalWidth() {
        return formula.width();
    }

    /** The typeset height, before fitting. */
    public final double naturalHeight() {
        return formula.height();
    }

    @Override
    protected double computePrefWidth(double height) {
        return formula.width() * fit;
    }

    @Override
    protected double computePrefHeight(double width) {
        return formula.height() * fit;
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
        return formula.baseline() * fit;
    }
}

package org.backpropstudio.app.equations;

import org.backpropstudio.app.MaskView;
import org.backpropstudio.app.MathMasks;

/**
 * One typeset line of an equation, coloured by its CSS background: the colour of an equation
 * ({@code .tex}) and of its result ({@code .tex.result}) are set in the stylesheet. A line too wide
 * for a narrow panel is shown at a fit factor below 1 ({@link #setFit(double)}).
 */
final class TeXView extends MaskView {
    TeXView(MathMasks.Mask line) {
        super(line);
        getStyleClass().add("tex");
    }
}

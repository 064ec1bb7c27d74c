package org.backpropstudio.app.images;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two sections side by side where the width allows, else one above the other, each as wide as
 * the room: the receptive fields (left, taking what the right one leaves, at least
 * {@code leastLeft}) beside the confusion matrix (right, as wide as {@code rightWidth} measures
 * it). Stacked, each gets the whole width, so a narrow column never scrolls sideways.
 */
final class SideBySide extends Region {
    private final Region left;
    private final Region right;
    private final Node rightMeasure;
    private final double leastLeft;
    private final double leastRight;
    private final double gap;

    /**
     * @param rightMeasure the node whose preferred width the right section needs (its widest part)
     * @param leastLeft    the least width the left section is given beside the right one, px
     * @param leastRight   the least width of the right one (while its widest part has nothing yet), px
     * @param gap          the space between them, or between them stacked, px
     */
    SideBySide(Region left, Region right, Node rightMeasure, double leastLeft, double leastRight, double gap) {
        this.left = left;
        this.right = right;
        this.rightMeasure = rightMeasure;
        this.leastLeft = leastLeft;
        this.leastRight = leastRight;
        this.gap = gap;
        getChildren().addAll(left, right);
    }

    /** The right section's width beside the left one: its widest part's, or the least asked for while that is empty. */
    private double rightWidth() {
        double measured = Math.max(leastRight, rightMeasure.prefWidth(-1));
        return Math.ceil(measured + right.snappedLeftInset() + right.snappedRightInset());
    }

    /** Whether the two go side by side in {@code width} (the content's, inside the insets). */
    private boolean sideBySide(double width) {
        return right.isManaged() && width - rightWidth() - gap >= leastLeft;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        if (sideBySide(w)) {
            double rw = rightWidth();
            double lw = w - rw - gap;
            left.resizeRelocate(in.getLeft(), in.getTop(), lw, left.prefHeight(lw));
            right.resizeRelocate(in.getLeft() + lw + gap, in.getTop(), rw, right.prefHeight(rw));
        } else {
            double lh = left.prefHeight(w);
            left.resizeRelocate(in.getLeft(), in.getTop(), w, lh);
            if (right.isManaged()) {
                right.resizeRelocate(in.getLeft(), in.getTop() + lh + gap, w, right.prefHeight(w));
            }
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width < 0 ? computePrefWidth(-1) : width - in.getLeft() - in.getRight();
        double h;
        if (sideBySide(w)) {
            double rw = rightWidth();
            h = Math.max(left.prefHeight(w - rw - gap), right.prefHeight(rw));
        } else {
            h = left.prefHeight(w) + (right.isManaged() ? gap + right.prefHeight(w) : 0);
        }
        return in.getTop() + h + in.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + leastLeft;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}

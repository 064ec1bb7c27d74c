package org.backpropstudio.app.plot;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A plot with a header above it (a title, a legend, buttons) and, below, its canvases stacked over
 * the rest of the room, whole pixels wide and high, with a sentence in their place when there is
 * nothing to draw. The size rules of the loss chart and the decision boundary: each preferred and
 * least size is the header's plus the plot area's of its {@link Size}, inside the CSS padding.
 *
 * <p>A change of the canvases' size calls {@link #plotResized()} during layout, so that the plot
 * is redrawn in the same pulse. A screen reader reads the plot as one sentence,
 * {@link #spokenSummary()}, asked for only when it reads.
 */
public abstract class PlotPane extends Region {
    /** The plot area's preferred and least size, below the header and inside the padding. */
    public record Size(double prefWidth, double prefHeight, double minWidth, double minHeight) {
    }

    private final Size size;
    private final Node header;
    private final Node empty;
    private final List<Canvas> canvases;

    /**
     * A plot of {@code size} with {@code header} on top and {@code canvases} (the first at the
     * bottom) below it, and {@code empty}, the sentence shown instead, over them; other children
     * (a read-out) go on top.
     */
    protected PlotPane(Size size, Node header, Node empty, Canvas... canvases) {
        this.size = size;
        this.header = header;
        this.empty = empty;
        this.canvases = List.of(canvases);
        getChildren().add(header);
        getChildren().addAll(canvases);
        getChildren().add(empty);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    /** The canvases have a new size: draw them now. */
    protected abstract void plotResized();

    /** What a screen reader says of the plot: one sentence of what it shows, or why it is empty. */
    protected abstract String spokenSummary();

    /**
     * Tells a screen reader that the plot changed, unless training plays: a summary read again at
     * each frame of play would cost the frame, and say nothing a person could follow.
     */
    protected void summaryChanged(boolean playing) {
        if (!playing) {
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? spokenSummary()
                : super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double headerHeight = Math.min(h, header.prefHeight(w));
        header.resizeRelocate(x, y, w, headerHeight);
        double plotHeight = Math.max(0, h - headerHeight);
        empty.resizeRelocate(x, y + headerHeight, w, plotHeight);
        double cw = Math.floor(w);
        double ch = Math.floor(plotHeight);
        boolean resized = false;
        for (Canvas c : canvases) {
            c.relocate(x, y + headerHeight);
            if (c.getWidth() != cw || c.getHeight() != ch) {
                c.setWidth(cw);
                c.setHeight(ch);
                resized = true;
            }
        }
        if (resized) {
            plotResized();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(size.prefWidth(), header.prefWidth(-1)) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + header.prefHeight(width) + size.prefHeight() + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + size.minWidth() + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + header.minHeight(width) + size.minHeight() + in.getBottom();
    }
}

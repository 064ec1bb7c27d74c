package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;

/**
 * Small dots that travel along a set of edges once: left to right while a layer's z is computed,
 * right to left while a δ is. One timeline moves them all; dots are pooled, never blocked on.
 */
final class Pulses {
    /** How long one wave of pulses takes. */
    static final Duration DURATION = Duration.millis(320);
    /** The radius of a pulse, px. */
    private static final double RADIUS = 5.5;

    private final Group layer = new Group();
    private final List<Circle> pool = new ArrayList<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final Timeline timeline = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
            new KeyFrame(DURATION, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
    /** (x0, y0, x1, y1) per pulse, from where it starts to where it ends. */
    private double[] paths = new double[0];
    private int count;
    /** When the last snapshot arrived (System.nanoTime; 0 right after the diagram was rebuilt). */
    private long lastArrival;

    Pulses() {
        layer.getStyleClass().add("pulses");
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setVisible(false);
        progress.addListener((obs, old, now) -> move(now.doubleValue()));
        timeline.setOnFinished(e -> layer.setVisible(false));
    }

    /** The layer the pulses are drawn in. */
    Group layer() {
        return layer;
    }

    /**
     * Sends one pulse along each of {@code edges}: from its start to its end ({@code backward}
     * false) or from its end to its start.
     */
    void play(List<EdgeView> edges, boolean backward) {
        stop();
        count = edges.size();
        if (count == 0) {
            return;
        }
        paths = new double[4 * count];
        while (pool.size() < count) {
            Circle dot = new Circle(RADIUS);
            dot.getStyleClass().add("pulse");
            pool.add(dot);
        }
        layer.getChildren().setAll(pool.subList(0, count));
        for (int i = 0; i < count; i++) {
            EdgeView e = edges.get(i);
            int p = 4 * i;
            paths[p] = backward ? e.endX() : e.startX();
            paths[p + 1] = backward ? e.endY() : e.startY();
            paths[p + 2] = backward ? e.startX() : e.endX();
            paths[p + 3] = backward ? e.startY() : e.endY();
            Circle dot = pool.get(i);
            dot.getStyleClass().removeAll("forward", "backward");
            dot.getStyleClass().add(backward ? "backward" : "forward");
        }
        move(0);
        layer.setVisible(true);
        timeline.playFromStart();
    }

    /**
     * Sends pulses along the edges of {@code nodes} that the step from {@code shown} to {@code s}
     * used: into layer l for z⁽ˡ⁾ (left to right), out of layer l for δ⁽ˡ⁾ (right to left). Only
     * for a single step forward that comes slower than a wave takes, and only if {@code animated};
     * anything faster, a stride or a step back just shows the new values.
     */
    void follow(Snapshot shown, Snapshot s, NetworkNodes nodes, boolean animated) {
        long now = System.nanoTime();
        boolean unhurried = lastArrival == 0 || now - lastArrival >= DURATION.toMillis() * 1_000_000L;
        lastArrival = now;
        stop();
        MicroStep step = s.lastStep();
        boolean oneStepOn = step != null && s.iteration() == shown.iteration()
                && s.step() == shown.step() + 1 && s.position() == shown.position() + 1;
        if (!animated || !unhurried || !oneStepOn) {
            return;
        }
        int l = step.layer();
        if (step.kind() == MicroStep.Kind.Z) {
            play(nodes.edges(l), false);
        } else if (step.kind() == MicroStep.Kind.DELTA && l < s.layers()) {
            play(nodes.edges(l + 1), true);
        }
    }

    /** Forgets when the last snapshot came: the diagram was rebuilt. */
    void forgetArrival() {
        lastArrival = 0;
    }

    /** Whether a wave is under way. */
    boolean isRunning() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }

    /** Ends the wave at once. */
    void stop() {
        timeline.stop();
        layer.setVisible(false);
    }

    private void move(double t) {
        double fade = t < 0.8 ? 1 : (1 - t) / 0.2;
        for (int i = 0; i < count; i++) {
            int p = 4 * i;
            Circle dot = pool.get(i);
            dot.setCenterX(paths[p] + t * (paths[p + 2] - paths[p]));
            dot.setCenterY(paths[p + 1] + t * (paths[p + 3] - paths[p + 1]));
            dot.setOpacity(fade);
        }
    }
}

package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.images.SamplePicture;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Snapshot;

/**
 * The input layer of a network whose inputs are a picture ({@code dataset.image}), drawn as that
 * picture instead of a card per pixel: the current sample's pixels (as {@link DiagramValues}
 * picks x: the loaded sample, or the one the iteration will load), crisp, with its label under
 * them; and, for the weights into the first hidden layer, one line per hidden unit fanning out
 * from the picture (the weights themselves are the receptive fields of the Pictures tab). It wears
 * the marks of the input x ({@code :read} when a step reads it) and a focus ring; → moves the
 * focus to the first hidden unit. A screen reader hears the sample and its label. Id
 * {@code #input-picture}; looks in {@code diagram.css} ({@code .input-picture}).
 */
final class PictureCard extends VBox {
    /** The caption of a sample the iteration has not loaded yet. */
    private static final javafx.css.PseudoClass UPCOMING = javafx.css.PseudoClass.getPseudoClass("upcoming");
    /** The picture's share of the drawing's height and width at most, and the pixel's side range, px. */
    private static final double HEIGHT_SHARE = 0.45;
    private static final double WIDTH_SHARE = 0.2;
    private static final int MIN_CELL = 2;
    private static final int MAX_CELL = 20;

    private final ImageShape shape;
    private final SamplePicture picture = new SamplePicture();
    private final Label caption = new Label();
    private final Region mark = new Region();
    private final List<Line> bundle = new ArrayList<>();
    private String spoken = "";

    /** The input picture of {@code shape}, with a line to each of {@code hidden} units of layer 1. */
    PictureCard(ImageShape shape, int hidden) {
        this.shape = shape;
        setId("input-picture");
        getStyleClass().add("input-picture");
        setAlignment(Pos.CENTER);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp(Messages.get("diagram.picture.hint"));
        caption.getStyleClass().add("picture-caption");
        mark.getStyleClass().add("mark");
        mark.setManaged(false);
        mark.setMouseTransparent(true);
        getChildren().addAll(picture, caption, mark);
        for (int j = 0; j < hidden; j++) {
            Line line = new Line();
            line.getStyleClass().add("picture-bundle");
            line.setMouseTransparent(true);
            bundle.add(line);
        }
    }

    /** Shows the current sample of {@code s} (x as loaded, else the sample the iteration will load). */
    void show(Snapshot s) {
        boolean loaded = DiagramValues.loaded(s);
        double[] x = new double[s.units(0)];
        for (int i = 0; i < x.length; i++) {
            x[i] = DiagramValues.input(s, i);
        }
        double[] y = new double[s.units(s.layers())];
        for (int k = 0; k < y.length; k++) {
            y[k] = DiagramValues.target(s, k);
        }
        String label = String.valueOf(Score.classOf(y));
        String sample = String.format(Locale.ROOT, "%,d", s.currentSample() + 1);
        picture.show(x, shape);
        caption.setText(Messages.format("diagram.picture.caption", label));
        caption.pseudoClassStateChanged(UPCOMING, !loaded);
        String now = Messages.format(loaded ? "diagram.picture.spoken" : "diagram.picture.spoken.upcoming", sample,
                label, String.valueOf(shape.width()), String.valueOf(shape.height()));
        if (!now.equals(spoken)) {
            spoken = now;
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? spoken : super.queryAccessibleAttribute(attribute, parameters);
    }

    /**
     * Sizes the picture for a drawing of {@code width} × {@code height}: whole pixels of
     * {@value #MIN_CELL}–{@value #MAX_CELL} px, the picture at most {@value #HEIGHT_SHARE} of the
     * height and {@value #WIDTH_SHARE} of the width; then gives the card's size (styled).
     */
    double[] fit(double width, double height) {
        double cell = Math.floor(Math.min(height * HEIGHT_SHARE / shape.height(), width * WIDTH_SHARE / shape.width()));
        cell = Math.max(MIN_CELL, Math.min(MAX_CELL, cell));
        applyCss();
        double w = cell * shape.width() + picture.snappedLeftInset() + picture.snappedRightInset();
        double h = cell * shape.height() + picture.snappedTopInset() + picture.snappedBottomInset();
        picture.setMinSize(w, h);
        picture.setPrefSize(w, h);
        picture.setMaxSize(w, h);
        return new double[] {Math.ceil(prefWidth(-1)), Math.ceil(prefHeight(-1))};
    }

    /** {@code m} with the input card's size replaced by the picture card's {@code size} (width, height). */
    static DiagramLayout.Metrics withPicture(DiagramLayout.Metrics m, double[] size) {
        double[] widths = m.cardWidths().clone();
        double[] heights = m.cardHeights().clone();
        widths[Role.INPUT.ordinal()] = size[0];
        heights[Role.INPUT.ordinal()] = size[1];
        return new DiagramLayout.Metrics(m.density(), widths, heights, m.headerHeight(), m.tagWidth(), m.tagHeight(),
                m.slimTagWidth(), m.slimTagHeight());
    }

    /** The lines into layer 1, one per hidden unit. */
    List<Line> bundle() {
        return bundle;
    }

    /**
     * Puts the bundle's lines from the picture's right side (spread along it) to the left side
     * {@code x1} of each hidden card, centred at {@code ys[j]}; gives them as one path, for the
     * layer's halo and veil.
     */
    List<PathElement> placeBundle(double x1, double[] ys) {
        double x0 = getLayoutX() + getWidth();
        double top = getLayoutY() + picture.getLayoutY() + picture.getHeight() * 0.1;
        double span = picture.getHeight() * 0.8;
        List<PathElement> path = new ArrayList<>(2 * bundle.size());
        for (int j = 0; j < bundle.size(); j++) {
            double y0 = top + (bundle.size() == 1 ? span / 2 : span * j / (bundle.size() - 1));
            Line line = bundle.get(j);
            line.setStartX(x0);
            line.setStartY(y0);
            line.setEndX(x1);
            line.setEndY(ys[j]);
            path.add(new MoveTo(x0, y0));
            path.add(new LineTo(x1, ys[j]));
        }
        return path;
    }

    /** The node that shows the marks of x ({@code :computed-now}, {@code :read}). */
    Region mark() {
        return mark;
    }

    /** The picture; for tests. */
    SamplePicture picture() {
        return picture;
    }

    /** The caption under the picture; for tests. */
    Label caption() {
        return caption;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        mark.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /** The lines, as nodes for the edge layer. */
    List<Node> lines() {
        return new ArrayList<>(bundle);
    }
}

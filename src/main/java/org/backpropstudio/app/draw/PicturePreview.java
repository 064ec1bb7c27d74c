package org.backpropstudio.app.draw;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.NextFrame;
import org.backpropstudio.app.plot.Looks;
import org.backpropstudio.core.ImageShape;

/**
 * The picture the network reads, pixel by pixel: each pixel's value v in [0, 1] painted between the
 * paper (0) and the ink (1). Looks: {@code draw.css} ({@code -bp-pad-paper}, {@code -bp-pad-ink},
 * {@code -bp-pad-block-line} for the frame).
 */
final class PicturePreview extends Region {
    private static final StyleablePropertyFactory<PicturePreview> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** The preview's side, px. */
    private static final double SIDE = 112;

    private final Looks<PicturePreview> looks = new Looks<>(CSS, this);
    private final StyleableProperty<Paint> paper = looks.paint("-bp-pad-paper", p -> p.paper, Color.WHITE);
    private final StyleableProperty<Paint> ink = looks.paint("-bp-pad-ink", p -> p.ink, Color.BLACK);
    private final StyleableProperty<Paint> frame = looks.paint("-bp-pad-block-line", p -> p.frame, Color.GRAY);
    private final Canvas canvas = new Canvas(SIDE, SIDE);
    private final NextFrame redraw = new NextFrame(this::draw);
    private ImageShape image = new ImageShape(1, 1);
    private double[] picture = {0};

    PicturePreview() {
        setId("draw-preview");
        getStyleClass().add("draw-preview");
        getChildren().add(canvas);
        looks.onChange(o -> redraw.request());
        setMinSize(SIDE, SIDE);
        setPrefSize(SIDE, SIDE);
        setMaxSize(SIDE, SIDE);
    }

    /** Shows {@code values}, a picture of {@code shape}. */
    void show(ImageShape shape, double[] values) {
        image = shape;
        picture = values.clone();
        setAccessibleText(Messages.format("draw.preview.text", shape.width(), shape.height()));
        redraw.request();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double px = Math.floor(SIDE / Math.max(image.width(), image.height()));
        Color from = paper.getValue() instanceof Color c ? c : Color.WHITE;
        Color to = ink.getValue() instanceof Color c ? c : Color.BLACK;
        g.clearRect(0, 0, SIDE, SIDE);
        for (int r = 0; r < image.height(); r++) {
            for (int c = 0; c < image.width(); c++) {
                g.setFill(from.interpolate(to, picture[r * image.width() + c]));
                g.fillRect(c * px, r * px, px, px);
            }
        }
        g.setStroke(frame.getValue());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, image.width() * px - 1, image.height() * px - 1);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}

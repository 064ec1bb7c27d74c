package org.backpropstudio.app.images;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.backpropstudio.app.plot.Looks;
import org.backpropstudio.core.ImageShape;

/**
 * A sample's inputs drawn as the picture they are ({@link ImageShape}: row by row), each pixel a
 * crisp square in grey from paper (0) to ink (1). The two colours come from CSS:
 * {@code -bp-paper-color} and {@code -bp-ink-color} (the diagram's input and the pictures panel
 * set them for each theme). Style class {@code sample-picture}.
 */
public final class SamplePicture extends PixelTile {
    private static final StyleablePropertyFactory<SamplePicture> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final Looks<SamplePicture> looks = new Looks<>(CSS, this);
    private final StyleableProperty<Paint> paper = looks.paint("-bp-paper-color", p -> p.paper, Color.WHITE);
    private final StyleableProperty<Paint> ink = looks.paint("-bp-ink-color", p -> p.ink, Color.BLACK);
    private double[] values = new double[0];
    private ImageShape shape;

    /** An empty picture, until {@link #show}. */
    public SamplePicture() {
        getStyleClass().add("sample-picture");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        looks.onChange(o -> recolour());
    }

    /** Shows {@code pixels} (values in [0, 1], row by row) as a picture of {@code shape}. */
    public void show(double[] pixels, ImageShape shape) {
        this.values = pixels.clone();
        this.shape = shape;
        recolour();
    }

    /** The values shown, row by row (a copy); for tests. */
    public double[] values() {
        return values.clone();
    }

    /** The shape shown, or null before the first {@link #show}. */
    public ImageShape shape() {
        return shape;
    }

    private void recolour() {
        if (shape != null) {
            show(Pixels.grey(values, Pixels.argb(paper.getValue()), Pixels.argb(ink.getValue())), shape.width(),
                    shape.height());
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}

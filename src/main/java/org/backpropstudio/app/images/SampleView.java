package org.backpropstudio.app.images;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Predictor;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Snapshot;

/**
 * One sample enlarged beside its outputs a⁽ᴸ⁾ ({@link OutputBars}): the current sample of the
 * iteration (its pixels as loaded, or before the iteration's first micro-step those of the sample
 * it will load; its bars once the forward pass has computed a⁽ᴸ⁾), or a test sample being studied
 * (its bars from a forward pass of the network as it is now), with a link back to the current
 * sample. Ids: {@code #sample-picture}, {@code #sample-title}, {@code #output-bars},
 * {@code #sample-back}.
 */
final class SampleView extends HBox {
    private final SamplePicture picture = new SamplePicture();
    private final Label title = new Label();
    private final OutputBars bars = new OutputBars();
    private final Hyperlink back = new Hyperlink(Messages.get("pictures.sample.back"));

    SampleView(Runnable onBack) {
        getStyleClass().add("sample-view");
        setAlignment(Pos.TOP_LEFT);
        setFillHeight(false);
        picture.setId("sample-picture");
        picture.getStyleClass().add("large");
        title.setId("sample-title");
        title.getStyleClass().add("pictures-heading");
        title.setWrapText(true);
        bars.setId("output-bars");
        back.setId("sample-back");
        back.setOnAction(e -> onBack.run());
        showBack(false);
        VBox side = new VBox(title, bars, back);
        side.getStyleClass().add("sample-side");
        HBox.setHgrow(side, Priority.ALWAYS);
        getChildren().addAll(picture, side);
    }

    /**
     * Shows the current sample of {@code s}, whose inputs are pictures of {@code shape}; named as
     * test sample {@code testIndex} when it is one being studied (−1: a training sample).
     */
    void showCurrent(Snapshot s, ImageShape shape, int testIndex) {
        boolean loaded = s.step() > 0;
        int sample = s.currentSample();
        Dataset data = s.session().dataset();
        double[] pixels = new double[s.units(0)];
        double[] target = new double[s.units(s.layers())];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = loaded ? s.a(0, i) : data.input(sample, i);
        }
        for (int k = 0; k < target.length; k++) {
            target[k] = loaded ? s.target(k) : data.target(sample, k);
        }
        int label = Score.classOf(target);
        String title = testIndex >= 0
                ? Messages.format("pictures.sample.test", String.format(Locale.ROOT, "%,d", testIndex + 1),
                        String.valueOf(label))
                : Messages.format(loaded ? "pictures.sample.current" : "pictures.sample.upcoming",
                        String.format(Locale.ROOT, "%,d", sample + 1), String.valueOf(label));
        show(pixels, shape, title);
        int L = s.layers();
        if (s.isComputed(MicroStep.Kind.A, L)) {
            double[] a = new double[s.units(L)];
            for (int k = 0; k < a.length; k++) {
                a[k] = s.a(L, k);
            }
            bars.show(a, label);
        } else {
            bars.pending(s.units(L), label);
        }
        showBack(false);
    }

    /** Shows test sample {@code testIndex} of {@code test} with the outputs {@code network} gives it. */
    void showStudied(int testIndex, Dataset test, Network network, ImageShape shape) {
        double[] x = test.inputRow(testIndex);
        double[] a = new double[network.outputs()];
        new Predictor(network).predict(x, a);
        int label = Score.classOf(test.targetRow(testIndex));
        show(x, shape, Messages.format("pictures.sample.studied", String.format(Locale.ROOT, "%,d", testIndex + 1),
                String.valueOf(label), String.valueOf(Score.classOf(a))));
        bars.show(a, label);
        showBack(true);
    }

    private void show(double[] pixels, ImageShape shape, String text) {
        picture.show(pixels, shape);
        title.setText(text);
        picture.setAccessibleText(text);
        picture.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    private void showBack(boolean shown) {
        back.setVisible(shown);
        back.setManaged(shown);
    }

    SamplePicture picture() {
        return picture;
    }

    OutputBars bars() {
        return bars;
    }
}

package org.backpropstudio.app.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.CsvFormatException;
import org.backpropstudio.io.DigitsData;

/**
 * Small sessions of the bundled handwritten digits for the image views' tests: the first
 * {@value #TRAIN} training and {@value #TEST} test digits of the seeded split, a 64-16-10 network
 * (tanh, softmax, cross-entropy), mini-batches of 16; quick to train, and a test set small enough
 * to check by hand.
 */
public final class DigitsSessions {
    static final int TRAIN = 240;
    static final int TEST = 90;
    public static final int HIDDEN = 16;

    private DigitsSessions() {
    }

    /** The digits session with its test set and picture shape. */
    public static Session digits() {
        DigitsData.Split split = split();
        Dataset train = first(split.train(), TRAIN).withTest(first(split.test(), TEST))
                .withImage(new ImageShape(DigitsData.SIDE, DigitsData.SIDE));
        return session(train);
    }

    /** The same without a test set. */
    static Session withoutTest() {
        return session(first(split().train(), TRAIN).withImage(new ImageShape(DigitsData.SIDE, DigitsData.SIDE)));
    }

    /** The same inputs as a plain list of 64 numbers: no picture. */
    public static Session withoutPicture() {
        DigitsData.Split split = split();
        return session(first(split.train(), TRAIN).withTest(first(split.test(), TEST)));
    }

    private static Session session(Dataset data) {
        int[] units = {DigitsData.PIXELS, HIDDEN, DigitsData.CLASSES};
        Activation[] f = {null, Activation.TANH, Activation.SOFTMAX};
        return new Session("Digits (test)", Initializer.random(units, f, 7), Loss.CROSS_ENTROPY, 0.5, BatchMode.MINI,
                data, 16, 3);
    }

    private static DigitsData.Split split() {
        try {
            return DigitsData.bundled().split(14);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dataset first(Dataset data, int n) {
        return new Dataset(Arrays.copyOf(data.inputsCopy(), n), Arrays.copyOf(data.targetsCopy(), n));
    }
}

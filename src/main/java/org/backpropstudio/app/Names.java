package org.backpropstudio.app;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.DataGenerator;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Stride;

/**
 * The engine's enums as the window names them, from {@link Messages}. The enums keep their own
 * English names and ids for files, logs and the command line; the window shows these.
 */
public final class Names {
    private Names() {
    }

    /** "Forward", "Loss", "Backward", "Update". */
    public static String of(Phase phase) {
        return switch (phase) {
            case FORWARD -> Messages.get("phase.forward");
            case LOSS -> Messages.get("phase.loss");
            case BACKWARD -> Messages.get("phase.backward");
            case UPDATE -> Messages.get("phase.update");
        };
    }

    /** "Micro-step", "Layer", "Phase", "Iteration", "Epoch". */
    public static String of(Stride stride) {
        return switch (stride) {
            case MICRO_STEP -> Messages.get("stride.microStep");
            case LAYER -> Messages.get("stride.layer");
            case PHASE -> Messages.get("stride.phase");
            case ITERATION -> Messages.get("stride.iteration");
            case EPOCH -> Messages.get("stride.epoch");
        };
    }

    /** "squared-error", "cross-entropy". */
    public static String of(Loss loss) {
        return switch (loss) {
            case SQUARED_ERROR -> Messages.get("loss.squaredError");
            case CROSS_ENTROPY -> Messages.get("loss.crossEntropy");
        };
    }

    /** "full", "sample", "mini-batch". */
    public static String of(BatchMode batch) {
        return switch (batch) {
            case FULL -> Messages.get("batch.full");
            case SAMPLE -> Messages.get("batch.sample");
            case MINI -> Messages.get("batch.mini");
        };
    }

    /** "sigmoid", "tanh", "relu", "leaky-relu", "linear", "softmax". */
    public static String of(Activation activation) {
        return switch (activation) {
            case SIGMOID -> Messages.get("activation.sigmoid");
            case TANH -> Messages.get("activation.tanh");
            case RELU -> Messages.get("activation.relu");
            case LEAKY_RELU -> Messages.get("activation.leakyRelu");
            case LINEAR -> Messages.get("activation.linear");
            case SOFTMAX -> Messages.get("activation.softmax");
        };
    }

    /** "AND", "Two moons", "Gaussian blobs (3 classes)", …. */
    public static String of(DataGenerator generator) {
        return switch (generator) {
            case AND -> Messages.get("generator.and");
            case OR -> Messages.get("generator.or");
            case XOR -> Messages.get("generator.xor");
            case XNOR -> Messages.get("generator.xnor");
            case CIRCLE -> Messages.get("generator.circle");
            case TWO_MOONS -> Messages.get("generator.twoMoons");
            case SPIRAL -> Messages.get("generator.spiral");
            case BLOBS -> Messages.get("generator.blobs");
            case SINE -> Messages.get("generator.sine");
        };
    }

    /** Shows a value of a choice box by {@code name}; for lists only (it reads nothing back). */
    public static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a list of names is not edited");
            }
        };
    }
}

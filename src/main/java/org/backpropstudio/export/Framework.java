package org.backpropstudio.export;

import java.util.Arrays;
import java.util.Optional;

/** The Python frameworks a session is exported for, each with its program's template. */
public enum Framework {
    /**
     * Every step by hand with NumPy arrays, each sum in the engine's order: the trace equals the
     * studio's but for the last bits of exp, log1p and tanh (tested to a relative 1e-12).
     */
    NUMPY("numpy", "numpy.py", "np.array(", "np.zeros(%s, dtype=bool)"),
    /** torch.nn and autograd in float64: the trace equals the studio's to rounding (tested to a relative 1e-9). */
    PYTORCH("pytorch", "pytorch.py", "torch.tensor(", "torch.zeros(%s, dtype=torch.bool)");

    private final String id;
    private final String template;
    private final String array;
    private final String noneLocked;

    Framework(String id, String template, String array, String noneLocked) {
        this.id = id;
        this.template = template;
        this.array = array;
        this.noneLocked = noneLocked;
    }

    /** The name used on the command line and in file names, e.g. {@code "pytorch"}. */
    public String id() {
        return id;
    }

    /** The framework whose {@link #id()} is {@code id}, if any. */
    public static Optional<Framework> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The program's template, a resource beside this class. */
    String template() {
        return template;
    }

    /** {@code literal} (Python lists) as an array of this framework. */
    String array(String literal) {
        return array + literal + ")";
    }

    /**
     * The column of an array's opening bracket when it is written after {@code before} on a line:
     * {@code W = [np.array([[…} puts the matrix's bracket at column 14, where its rows line up.
     */
    int column(String before) {
        return before.length() + array.length();
    }

    /** An array of {@code False} of the given shape ({@code "(2, 3)"} or {@code "2"}). */
    String noneLocked(String shape) {
        return String.format(noneLocked, shape);
    }

    @Override
    public String toString() {
        return id;
    }
}

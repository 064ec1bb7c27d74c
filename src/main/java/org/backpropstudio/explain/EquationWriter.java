package org.backpropstudio.explain;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;

/**
 * What the writers of equations share: the pieces of their {@link Notation}, its numbers and sums,
 * and how they name a layer and read the parameters an iteration used.
 */
abstract class EquationWriter {
    /** Meanings and descriptions are Unicode in either notation. */
    static final Typeset TEXT = new Typeset(Notation.UNICODE);
    static final Numbers TEXT_NUMBERS = new Numbers(Notation.UNICODE);

    final Typeset t;
    final Numbers n;
    final Sums sums;

    EquationWriter(Notation notation) {
        this.t = new Typeset(notation);
        this.n = new Numbers(notation);
        this.sums = new Sums(notation);
    }

    /** One equation per unit of layer l. */
    static List<Equation> perUnit(NetworkState s, int l, IntFunction<Equation> equation) {
        return IntStream.range(0, s.units(l)).mapToObj(equation).collect(Collectors.toList());
    }

    /** wⱼₖ⁽ˡ⁾ as the iteration's passes used it: as it was before the update once that is done. */
    static double usedWeight(NetworkState s, int l, int j, int k) {
        return s.isComputed(MicroStep.Kind.UPDATE, l) ? s.weightBefore(l, j, k) : s.weight(l, j, k);
    }

    /** bⱼ⁽ˡ⁾ as the iteration's passes used it. */
    static double usedBias(NetworkState s, int l, int j) {
        return s.isComputed(MicroStep.Kind.UPDATE, l) ? s.biasBefore(l, j) : s.bias(l, j);
    }

    /** "hidden layer 1" or "the output layer". */
    static String layerName(NetworkState s, int l) {
        return l == s.layers() ? Meanings.get("layer.output") : Meanings.format("layer.hidden", Integer.toString(l));
    }
}

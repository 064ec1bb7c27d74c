package org.backpropstudio.core;

import java.util.ArrayList;
import java.util.List;

/** Every bit of a step machine's visible state, to compare two states exactly. */
final class Fingerprint {
    private Fingerprint() {
    }

    static List<Long> of(StepMachine machine) {
        Engine e = machine.engine();
        List<Long> bits = new ArrayList<>();
        bits.add(machine.position());
        bits.add(e.iteration());
        bits.add((long) e.step());
        bits.add(machine.losses().size());
        for (int g = 0; g < machine.losses().groups(); g++) {
            bits.add(Double.doubleToRawLongBits(machine.losses().groupMin(g)));
            bits.add(Double.doubleToRawLongBits(machine.losses().groupMax(g)));
        }
        Network net = e.currentNetwork();
        Dataset data = e.session().dataset();
        bits.add(Double.doubleToRawLongBits(e.session().learningRate()));
        for (int s = 0; s < data.size(); s++) {
            for (int i = 0; i < data.inputWidth(); i++) {
                bits.add(Double.doubleToRawLongBits(data.input(s, i)));
            }
            for (int k = 0; k < data.targetWidth(); k++) {
                bits.add(Double.doubleToRawLongBits(data.target(s, k)));
            }
        }
        for (int l = 1; l <= net.layers(); l++) {
            for (int j = 0; j < net.units(l); j++) {
                bits.add(Double.doubleToRawLongBits(net.bias(l, j)));
                bits.add(net.isBiasLocked(l, j) ? 1L : 0L);
                for (int k = 0; k < net.units(l - 1); k++) {
                    bits.add(Double.doubleToRawLongBits(net.weight(l, j, k)));
                    bits.add(net.isWeightLocked(l, j, k) ? 1L : 0L);
                    bits.add(Double.doubleToRawLongBits(e.weightGradientSum(l, j, k)));
                    if (e.isComputed(MicroStep.Kind.UPDATE, 0)) {
                        bits.add(Double.doubleToRawLongBits(e.weightGradient(l, j, k)));
                    }
                }
                if (e.isComputed(MicroStep.Kind.Z, l)) {
                    bits.add(Double.doubleToRawLongBits(e.z(l, j)));
                }
                if (e.isComputed(MicroStep.Kind.A, l)) {
                    bits.add(Double.doubleToRawLongBits(e.a(l, j)));
                }
                if (e.isComputed(MicroStep.Kind.DELTA, l)) {
                    bits.add(Double.doubleToRawLongBits(e.delta(l, j)));
                }
            }
        }
        if (e.isComputed(MicroStep.Kind.LOSS, 0)) {
            bits.add(Double.doubleToRawLongBits(e.sampleLoss()));
        }
        bits.add(Double.doubleToRawLongBits(e.lossSum()));
        return bits;
    }
}

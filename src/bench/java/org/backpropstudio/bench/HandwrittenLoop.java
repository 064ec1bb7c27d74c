package org.backpropstudio.bench;

/** A training loop written by hand for one preset, to compare the engine with (bit for bit, then for speed). */
interface HandwrittenLoop {
    /** One training iteration; returns its loss J. */
    double iteration();

    /** The current parameters, layer by layer, each unit's weights (k ascending) then its bias. */
    double[] parameters();
}

package org.backpropstudio.app.diagram;

/** Where a unit sits in the network: it decides what its card shows and how wide the card is. */
enum Role {
    /** Layer 0: shows its input x. */
    INPUT,
    /** A layer between: z, a, δ, the bias and its gradient. */
    HIDDEN,
    /** Layer L: as a hidden unit, and the target y. */
    OUTPUT;

    /** The role of the units of layer {@code l} in a network whose output layer is {@code last}. */
    static Role of(int l, int last) {
        return l == 0 ? INPUT : l == last ? OUTPUT : HIDDEN;
    }
}

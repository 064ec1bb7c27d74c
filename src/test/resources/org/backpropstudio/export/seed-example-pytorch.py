#!/usr/bin/env python3
# Seed example (2-2-1), exported from Backprop Studio as a PyTorch program.
# Network 2-2-1 (sigmoid, sigmoid), squared-error, full batch, learning rate 0.5; 1 training sample, no test set.
#
#   python3 seed-example-pytorch.py --iterations 10                  prints J of each iteration
#   python3 seed-example-pytorch.py --iterations 10 --trace t.json   writes the trace (backprop-studio-trace/1)
#
# The same network built from torch.nn pieces in float64; autograd computes the backward pass.
# Its trace equals the studio's `trace --format json` to about 1e-9 (PyTorch adds in orders of
# its own). δ⁽ˡ⁾ of each sample is read from autograd as S·∂J/∂z⁽ˡ⁾ (J is the mean of the S Jₛ).
#
# Notation as in the studio's equations: layers l = 1..L after the input layer 0, a⁽⁰⁾ = x;
# wⱼₖ⁽ˡ⁾ is the weight from unit k of layer l−1 to unit j of layer l, here W[l][j, k] (units
# count from 1 in the equations and from 0 in the arrays); nn.Linear keeps the same layout.

import argparse
import functools
import json

import torch
from torch import nn

torch.set_default_dtype(torch.float64)

# ── The session ─────────────────────────────────────────────────────────────────────────────────

LEARNING_RATE = 0.5  # η
LOSS = "squared-error"  # "squared-error" or "cross-entropy"
BATCH = "full"  # "full": every sample; "sample": sample i mod m; "mini": mini-batches
BATCH_SIZE = 0  # B, the samples of a mini-batch
SHUFFLE_SEED = 0  # the seed of the mini-batches' order

# f⁽ˡ⁾ of layers l = 1..L (the input layer 0 has none)
ACTIVATIONS = [None, "sigmoid", "sigmoid"]

# The parameters the session starts from: W[l][j, k] = wⱼₖ⁽ˡ⁾ (units(l) × units(l−1)), b[l][j] = bⱼ⁽ˡ⁾
W = [None,
     torch.tensor([[0.15, 0.2],
                   [0.25, 0.3]]),
     torch.tensor([[0.4, 0.45]])]
b = [None,
     torch.tensor([0.35, 0.35]),
     torch.tensor([0.6])]

# Locked parameters (True) keep their value in every update
W_LOCKED = [None,
            torch.zeros((2, 2), dtype=torch.bool),
            torch.zeros((1, 2), dtype=torch.bool)]
B_LOCKED = [None,
            torch.zeros(2, dtype=torch.bool),
            torch.zeros(1, dtype=torch.bool)]

# The training set: inputs x and targets y, one row per sample
X = torch.tensor([[0.05, 0.1]])
Y = torch.tensor([[0.01]])

# The test set, never trained on (None if the session has none)
X_TEST = None
Y_TEST = None

LEAKY_SLOPE = 0.01


def activation(name):
    """f as a torch.nn module."""
    return {
        "sigmoid": nn.Sigmoid(),  # σ(z) = 1 / (1 + e⁻ᶻ)
        "tanh": nn.Tanh(),
        "relu": nn.ReLU(),  # max(0, z)
        "leaky-relu": nn.LeakyReLU(LEAKY_SLOPE),  # z if z > 0 else 0.01 z
        "linear": nn.Identity(),
        "softmax": nn.Softmax(dim=1),  # aⱼ = e^(zⱼ) / Σₖ e^(zₖ)
    }[name]


class Network(nn.Module):
    """L layers, each an nn.Linear (W⁽ˡ⁾, b⁽ˡ⁾) and its activation f⁽ˡ⁾, holding the session's values."""

    def __init__(self):
        super().__init__()
        self.linears = nn.ModuleList()
        self.activations = nn.ModuleList()
        for l in range(1, len(W)):
            units, previous = W[l].shape
            linear = nn.Linear(previous, units)
            with torch.no_grad():
                linear.weight.copy_(W[l])
                linear.bias.copy_(b[l])
            self.linears.append(linear)
            self.activations.append(activation(ACTIVATIONS[l]))

    def forward(self, x):
        """z⁽ˡ⁾ and a⁽ˡ⁾ of every layer for a batch x, one row per sample (entry 0: a⁽⁰⁾ = x)."""
        z, a = [None], [x]
        for linear, f in zip(self.linears, self.activations):
            z.append(forward_z(linear, a[-1]))
            a.append(forward_a(f, z[-1]))
        return z, a


# ── One function per step ───────────────────────────────────────────────────────────────────────


def forward_z(linear, a_prev):
    # zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾   (for every sample, one row each)
    return linear(a_prev)


def forward_a(f, z):
    # aⱼ⁽ˡ⁾ = f⁽ˡ⁾(zⱼ⁽ˡ⁾)
    return f(z)


def loss(z_out, a_out, y):
    """J = (1/S) Σₛ Jₛ over the S samples (rows) of a batch."""
    if LOSS == "squared-error":
        # Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)²
        per_sample = (0.5 * (a_out - y) ** 2).sum(dim=1)
    elif ACTIVATIONS[-1] == "sigmoid":
        # Jₛ = −Σₖ [yₖ log aₖ⁽ᴸ⁾ + (1 − yₖ) log(1 − aₖ⁽ᴸ⁾)], computed from z without log 0
        per_sample = nn.functional.binary_cross_entropy_with_logits(z_out, y, reduction="none").sum(dim=1)
    else:
        # Jₛ = −Σₖ yₖ log aₖ⁽ᴸ⁾, computed from z: log aₖ⁽ᴸ⁾ = zₖ⁽ᴸ⁾ − log Σᵢ e^(zᵢ⁽ᴸ⁾)
        log_a = torch.log_softmax(z_out, dim=1)
        per_sample = -torch.where(y != 0, y * log_a, torch.zeros_like(log_a)).sum(dim=1)
    return per_sample.mean()


def backward(J, z):
    """Autograd's backward pass: J.backward() computes, from the output layer down,
    δⱼ⁽ᴸ⁾ = ∂Jₛ/∂aⱼ⁽ᴸ⁾ · f′(zⱼ⁽ᴸ⁾)   (= aⱼ⁽ᴸ⁾ − yⱼ for sigmoid or softmax outputs with cross-entropy),
    δⱼ⁽ˡ⁾ = (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾),
    ∂J/∂wⱼₖ⁽ˡ⁾ = (1/S) Σₛ δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ and ∂J/∂bⱼ⁽ˡ⁾ = (1/S) Σₛ δⱼ⁽ˡ⁾ into each parameter's .grad."""
    for zl in z[1:]:
        zl.retain_grad()
    J.backward()


def delta(zl, samples):
    # δ⁽ˡ⁾ of each sample = S · ∂J/∂z⁽ˡ⁾, since J = (1/S) Σₛ Jₛ
    return zl.grad * samples


def update(network):
    # wⱼₖ⁽ˡ⁾⁺ = wⱼₖ⁽ˡ⁾ − η ∂J/∂wⱼₖ⁽ˡ⁾,   bⱼ⁽ˡ⁾⁺ = bⱼ⁽ˡ⁾ − η ∂J/∂bⱼ⁽ˡ⁾   (locked ones keep their value)
    with torch.no_grad():
        for l, linear in enumerate(network.linears, start=1):
            w, bias = linear.weight, linear.bias
            w.copy_(torch.where(W_LOCKED[l], w, w - LEARNING_RATE * w.grad))
            bias.copy_(torch.where(B_LOCKED[l], bias, bias - LEARNING_RATE * bias.grad))
            w.grad = None
            bias.grad = None


# ── Which samples an iteration takes ────────────────────────────────────────────────────────────

GOLDEN = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1  # Python's integers do not wrap around; the studio's 64-bit ones do


@functools.lru_cache(maxsize=1)  # the iterations of one epoch ask for the same order
def epoch_order(epoch):
    """Mini-batches: the order in which epoch `epoch` (from 0) takes the m samples.

    The Fisher–Yates shuffle of 0, 1, …, m−1 (for i = m−1 down to 1, swap places i and
    j = r mod (i + 1)), r the successive outputs of SplitMix64 started at
    SHUFFLE_SEED + epoch · 0x9E3779B97F4A7C15, every operation modulo 2⁶⁴ as in the studio.
    """
    m = len(X)
    order = list(range(m))
    state = (SHUFFLE_SEED + epoch * GOLDEN) & MASK
    for i in range(m - 1, 0, -1):
        state = (state + GOLDEN) & MASK
        r = state
        r = ((r ^ (r >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        r = ((r ^ (r >> 27)) * 0x94D049BB133111EB) & MASK
        r = r ^ (r >> 31)
        j = r % (i + 1)
        order[i], order[j] = order[j], order[i]
    return order


def sample_of(i, slot):
    """The index of the sample in place `slot` of iteration i (both from 0).

    full: every sample in order; sample: sample i mod m; mini: with E = ⌊m / B⌋ batches per
    epoch, the sample at place (i mod E)·B + slot of epoch ⌊i / E⌋'s order (the m mod B samples
    left at the end of an epoch's order wait for the next epoch).
    """
    m = len(X)
    if BATCH == "full":
        return slot
    if BATCH == "sample":
        return i % m
    per_epoch = m // BATCH_SIZE
    return epoch_order(i // per_epoch)[(i % per_epoch) * BATCH_SIZE + slot]


def samples_per_iteration():
    """S, the samples of one iteration: m (full), 1 (sample) or B (mini)."""
    return {"full": len(X), "sample": 1, "mini": BATCH_SIZE}[BATCH]


# ── Training ────────────────────────────────────────────────────────────────────────────────────


def iteration(network, i):
    """Iteration i (from 0): its samples forward as one batch, autograd backward, then one update."""
    S = samples_per_iteration()
    rows = [sample_of(i, slot) for slot in range(S)]
    z, a = network(X[rows])
    J = loss(z[-1], a[-1], Y[rows])
    backward(J, z)
    L = len(z) - 1
    deltas = [None] + [delta(z[l], S) for l in range(1, L + 1)]
    samples = [{"index": s, "layers": [
        {"z": numbers(z[l][n].detach()), "a": numbers(a[l][n].detach()), "delta": numbers(deltas[l][n])}
        for l in range(1, L + 1)]} for n, s in enumerate(rows)]
    gradients = [{"weights": numbers(linear.weight.grad), "biases": numbers(linear.bias.grad)}
                 for linear in network.linears]
    update(network)
    parameters = [{"weights": numbers(linear.weight.detach()), "biases": numbers(linear.bias.detach())}
                  for linear in network.linears]
    return {"iteration": i + 1, "loss": number(J.item()), "samples": samples,
            "gradients": gradients, "parameters": parameters}


def score(network, inputs, targets):
    """J over a set of samples, and for a classifier how many it classifies right."""
    with torch.no_grad():
        z, a = network(inputs)
        J = loss(z[-1], a[-1], targets).item()
    if a[-1].shape[1] == 1:
        right = int(((a[-1] >= 0.5) == (targets >= 0.5)).sum())
    else:
        right = int((a[-1].argmax(dim=1) == targets.argmax(dim=1)).sum())
    return J, right


def is_classifier():
    """Cross-entropy with softmax outputs, or with one sigmoid output."""
    return LOSS == "cross-entropy" and (ACTIVATIONS[-1] == "softmax" or len(b[-1]) == 1)


# ── The trace, as the studio's `trace --format json` writes it ──────────────────────────────────


def number(x):
    """A double for JSON; ∞ and NaN (a diverged run) as the strings the studio writes."""
    x = float(x)
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def numbers(values):
    """A vector or matrix (an array, or lists) as lists of JSON numbers."""
    values = values.tolist() if hasattr(values, "tolist") else values
    return [numbers(v) if isinstance(v, list) else number(v) for v in values]


def layers_of(weights, biases):
    """[{"weights": W⁽ˡ⁾, "biases": b⁽ˡ⁾} for l = 1..L]."""
    return [{"weights": numbers(weights[l]), "biases": numbers(biases[l])} for l in range(1, len(weights))]


def write_trace(path, iterations, dataset_j):
    """Writes the backprop-studio-trace/1 JSON of the iterations run."""
    trace = {"format": "backprop-studio-trace/1", "iterations": iterations, "datasetLoss": number(dataset_j)}
    with open(path, "w", encoding="utf-8") as out:
        json.dump(trace, out, indent=1)
        out.write("\n")


def main():
    parser = argparse.ArgumentParser(description="Train the exported network with PyTorch.")
    parser.add_argument("--iterations", type=int, default=10, help="iterations to run (default 10)")
    parser.add_argument("--trace", metavar="PATH", help="write the trace of the iterations as JSON to PATH")
    args = parser.parse_args()
    if args.iterations < 0:
        parser.error("--iterations cannot be negative")
    network = Network()
    iterations = []
    for i in range(args.iterations):
        record = iteration(network, i)
        if args.trace:
            iterations.append(record)
        else:
            print(f"iteration {i + 1}: J = {record['loss']}")
    training_j, training_right = score(network, X, Y)
    if args.trace:
        write_trace(args.trace, iterations, training_j)
        return
    print(f"training set: J = {training_j}" + (
        f", accuracy {training_right / len(X):.1%}" if is_classifier() else ""))
    if X_TEST is not None:
        test_j, test_right = score(network, X_TEST, Y_TEST)
        print(f"test set: J = {test_j}" + (f", accuracy {test_right / len(X_TEST):.1%}" if is_classifier() else ""))


if __name__ == "__main__":
    main()

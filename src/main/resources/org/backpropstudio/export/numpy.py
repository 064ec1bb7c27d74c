#!/usr/bin/env python3
# {{TITLE}}, exported from Backprop Studio as a NumPy program.
# {{SUMMARY}}
#
#   python3 {{FILE}} --iterations 10                  prints J of each iteration
#   python3 {{FILE}} --iterations 10 --trace t.json   writes the trace (backprop-studio-trace/1)
#
# It trains exactly as the studio does: every sum adds its terms in the studio's order, so its
# trace equals the studio's `trace --format json` but for the last bits of exp, log and tanh.
#
# Notation as in the studio's equations: layers l = 1..L after the input layer 0, a⁽⁰⁾ = x;
# wⱼₖ⁽ˡ⁾ is the weight from unit k of layer l−1 to unit j of layer l, here W[l][j, k] (units
# count from 1 in the equations and from 0 in the arrays).

import argparse
import functools
import json

import numpy as np

np.seterr(over="ignore", invalid="ignore")  # a diverging run goes on with ∞ and NaN, as in the studio

{{SESSION}}

LEAKY_SLOPE = 0.01


# ── Sums in the studio's order ──────────────────────────────────────────────────────────────────
# Floating-point addition is not associative: np.sum and W @ a add the same terms in other orders
# and may differ from the studio in the last bits. These add them as the studio does.


def add_in_order(terms):
    """t₀ + t₁ + … + tₙ₋₁, from 0 and left to right."""
    total = 0.0
    for t in terms:
        total += float(t)
    return total


def weighted_sums(M, v):
    """Σₖ M[j, k] v[k] for every row j at once, the terms added from 0 in the order k = 0, 1, …"""
    s = np.zeros(M.shape[0])
    for k in range(M.shape[1]):
        s = s + M[:, k] * v[k]
    return s


# ── The activations f and their derivatives f′ ──────────────────────────────────────────────────


def sigmoid(z):
    # σ(z) = 1 / (1 + e⁻ᶻ), written eᶻ / (1 + eᶻ) where z < 0 so that no exponential overflows
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softmax(z):
    # aⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z)
    e = np.exp(z - np.max(z))
    return e / add_in_order(e)


def softplus(z):
    # softplus(z) = log(1 + eᶻ) = max(z, 0) + log(1 + e^(−|z|)), which never overflows
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def f(l, z):
    """a = f⁽ˡ⁾(z), the activation of layer l."""
    name = ACTIVATIONS[l]
    if name == "sigmoid":
        return sigmoid(z)
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.where(z > 0, z, 0.0)  # max(0, z)
    if name == "leaky-relu":
        return np.where(z > 0, z, LEAKY_SLOPE * z)
    if name == "linear":
        return z.copy()
    return softmax(z)


def f_prime(l, z, a):
    """f′⁽ˡ⁾(z), given z and a = f⁽ˡ⁾(z)."""
    name = ACTIVATIONS[l]
    if name == "sigmoid":
        return a * (1.0 - a)  # σ′(z) = σ(z)(1 − σ(z))
    if name == "tanh":
        return 1.0 - a * a  # tanh′(z) = 1 − tanh²(z)
    if name == "relu":
        return np.where(z > 0, 1.0, 0.0)
    if name == "leaky-relu":
        return np.where(z > 0, 1.0, LEAKY_SLOPE)
    if name == "linear":
        return np.ones_like(z)
    raise ValueError("softmax has no f′ of its own here: with cross-entropy, δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y")


# ── One function per step of the forward and the backward pass ─────────────────────────────────


def forward_z(l, a_prev):
    # zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾
    return weighted_sums(W[l], a_prev) + b[l]


def forward_a(l, z):
    # aⱼ⁽ˡ⁾ = f⁽ˡ⁾(zⱼ⁽ˡ⁾)
    return f(l, z)


def loss(z_out, a_out, y):
    """Jₛ, the loss of one sample, from the output layer's z⁽ᴸ⁾ and a⁽ᴸ⁾ and the target y."""
    if LOSS == "squared-error":
        # Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)²
        e = a_out - y
        return add_in_order(0.5 * e * e)
    if ACTIVATIONS[-1] == "sigmoid":
        # Jₛ = −Σₖ [yₖ log aₖ⁽ᴸ⁾ + (1 − yₖ) log(1 − aₖ⁽ᴸ⁾)], computed from z without log 0:
        #    = Σₖ [softplus(zₖ⁽ᴸ⁾) − yₖzₖ⁽ᴸ⁾]
        return add_in_order(softplus(z_out) - y * z_out)
    # Jₛ = −Σₖ yₖ log aₖ⁽ᴸ⁾, computed from z: log aₖ⁽ᴸ⁾ = zₖ⁽ᴸ⁾ − log Σᵢ e^(zᵢ⁽ᴸ⁾)
    top = float(np.max(z_out))
    log_sum_exp = top + float(np.log(add_in_order(np.exp(z_out - top))))
    total = 0.0
    for zk, yk in zip(z_out, y):
        if yk != 0.0:
            total -= float(yk) * (float(zk) - log_sum_exp)
    return total


def delta_output(z_out, a_out, y):
    L = len(W) - 1
    if LOSS == "cross-entropy":
        # δⱼ⁽ᴸ⁾ = aⱼ⁽ᴸ⁾ − yⱼ   (sigmoid or softmax outputs: f′ cancels out of ∂Jₛ/∂aⱼ⁽ᴸ⁾ · f′(zⱼ⁽ᴸ⁾))
        return a_out - y
    # δⱼ⁽ᴸ⁾ = ∂Jₛ/∂aⱼ⁽ᴸ⁾ · f′(zⱼ⁽ᴸ⁾) = (aⱼ⁽ᴸ⁾ − yⱼ)·f′(zⱼ⁽ᴸ⁾)
    return (a_out - y) * f_prime(L, z_out, a_out)


def delta_hidden(l, z, a, delta_next):
    # δⱼ⁽ˡ⁾ = (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾), with W⁽ˡ⁺¹⁾ as it was before this iteration's update
    return weighted_sums(W[l + 1].T, delta_next) * f_prime(l, z, a)


def gradients(delta, a_prev):
    # ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾,   ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾
    return np.outer(delta, a_prev), delta.copy()


def update(grad_W_sum, grad_b_sum, samples):
    """Averages the S samples' gradients and takes one step down them; returns the averages."""
    grad_W, grad_b = [None], [None]
    for l in range(1, len(W)):
        # ∂J/∂wⱼₖ⁽ˡ⁾ = (1/S) Σₛ ∂Jₛ/∂wⱼₖ⁽ˡ⁾,   ∂J/∂bⱼ⁽ˡ⁾ = (1/S) Σₛ ∂Jₛ/∂bⱼ⁽ˡ⁾
        grad_W.append(grad_W_sum[l] / samples)
        grad_b.append(grad_b_sum[l] / samples)
        # wⱼₖ⁽ˡ⁾⁺ = wⱼₖ⁽ˡ⁾ − η ∂J/∂wⱼₖ⁽ˡ⁾,   bⱼ⁽ˡ⁾⁺ = bⱼ⁽ˡ⁾ − η ∂J/∂bⱼ⁽ˡ⁾   (locked ones keep their value)
        W[l] = np.where(W_LOCKED[l], W[l], W[l] - LEARNING_RATE * grad_W[l])
        b[l] = np.where(B_LOCKED[l], b[l], b[l] - LEARNING_RATE * grad_b[l])
    return grad_W, grad_b


{{ORDER}}


# ── Training ────────────────────────────────────────────────────────────────────────────────────


def forward(x):
    """z⁽ˡ⁾ and a⁽ˡ⁾ of every layer for input x (entry 0: a⁽⁰⁾ = x)."""
    L = len(W) - 1
    z, a = [None] * (L + 1), [x] + [None] * L
    for l in range(1, L + 1):
        z[l] = forward_z(l, a[l - 1])
        a[l] = forward_a(l, z[l])
    return z, a


def iteration(i):
    """Iteration i (from 0): each of its samples forward and backward, then one update."""
    L = len(W) - 1
    S = samples_per_iteration()
    grad_W_sum = [None] + [np.zeros_like(W[l]) for l in range(1, L + 1)]
    grad_b_sum = [None] + [np.zeros_like(b[l]) for l in range(1, L + 1)]
    loss_sum = 0.0
    samples = []
    for slot in range(S):
        s = sample_of(i, slot)
        x, y = X[s], Y[s]
        z, a = forward(x)
        loss_sum += loss(z[L], a[L], y)
        delta = [None] * (L + 1)
        delta[L] = delta_output(z[L], a[L], y)
        for l in range(L - 1, 0, -1):
            delta[l] = delta_hidden(l, z[l], a[l], delta[l + 1])
        for l in range(L, 0, -1):
            dW, db = gradients(delta[l], a[l - 1])
            grad_W_sum[l] = grad_W_sum[l] + dW
            grad_b_sum[l] = grad_b_sum[l] + db
        samples.append({"index": s, "layers": [
            {"z": numbers(z[l]), "a": numbers(a[l]), "delta": numbers(delta[l])} for l in range(1, L + 1)]})
    J = loss_sum / S  # J = (1/S) Σₛ Jₛ, with the parameters before the update
    grad_W, grad_b = update(grad_W_sum, grad_b_sum, S)
    return {"iteration": i + 1, "loss": number(J), "samples": samples,
            "gradients": layers_of(grad_W, grad_b), "parameters": layers_of(W, b)}


def score(inputs, targets):
    """J over a set of samples, and for a classifier how many it classifies right."""
    total, right = 0.0, 0
    for x, y in zip(inputs, targets):
        z, a = forward(x)
        total += loss(z[-1], a[-1], y)
        right += class_of(a[-1]) == class_of(y)
    return total / len(inputs), right


def class_of(row):
    """The class of an output or target row: the largest unit (one unit: 1 if at least 0.5)."""
    return int(row[0] >= 0.5) if len(row) == 1 else int(np.argmax(row))


def is_classifier():
    """Cross-entropy with softmax outputs, or with one sigmoid output."""
    return LOSS == "cross-entropy" and (ACTIVATIONS[-1] == "softmax" or len(b[-1]) == 1)


{{TRACE}}


def main():
    parser = argparse.ArgumentParser(description="Train the exported network as Backprop Studio does.")
    parser.add_argument("--iterations", type=int, default=10, help="iterations to run (default 10)")
    parser.add_argument("--trace", metavar="PATH", help="write the trace of the iterations as JSON to PATH")
    args = parser.parse_args()
    if args.iterations < 0:
        parser.error("--iterations cannot be negative")
    iterations = []
    for i in range(args.iterations):
        record = iteration(i)
        if args.trace:
            iterations.append(record)
        else:
            print(f"iteration {i + 1}: J = {record['loss']}")
    training_j, training_right = score(X, Y)
    if args.trace:
        write_trace(args.trace, iterations, training_j)
        return
    print(f"training set: J = {training_j}" + (
        f", accuracy {training_right / len(X):.1%}" if is_classifier() else ""))
    if X_TEST is not None:
        test_j, test_right = score(X_TEST, Y_TEST)
        print(f"test set: J = {test_j}" + (f", accuracy {test_right / len(X_TEST):.1%}" if is_classifier() else ""))


if __name__ == "__main__":
    main()

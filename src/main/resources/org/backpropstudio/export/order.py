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

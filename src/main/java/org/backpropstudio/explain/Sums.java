package org.backpropstudio.explain;

import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sums as an equation writes them, in one {@link Notation}: term by term up to {@value #MAX_TERMS}
 * terms; a longer one in Σ form in symbols, and with numbers as its first three terms, an ellipsis
 * and its last term.
 */
public final class Sums {
    /** The most terms a sum is written out with. */
    public static final int MAX_TERMS = 8;
    /** The terms shown before the ellipsis of a long sum with numbers. */
    private static final int LEADING_TERMS = 3;

    private final Typeset t;

    /** Sums written in {@code notation}. */
    public Sums(Notation notation) {
        this.t = new Typeset(notation);
    }

    /** term(0) + … + term(count − 1), or Σₖ sigmaTerm if there are more than {@value #MAX_TERMS} terms. */
    public String symbolic(int count, IntFunction<String> term, String sigmaTerm) {
        if (count > MAX_TERMS) {
            return t.sum("k") + sigmaTerm;
        }
        return IntStream.range(0, count).mapToObj(term).collect(Collectors.joining(t.plus()));
    }

    /**
     * term(0) + … + term(count − 1), or the first three terms + … + the last if there are more than
     * {@value #MAX_TERMS}.
     */
    public String numeric(int count, IntFunction<String> term) {
        if (count > MAX_TERMS) {
            return IntStream.range(0, LEADING_TERMS).mapToObj(term).collect(Collectors.joining(t.plus()))
                    + t.plus() + t.ellipsis() + t.plus() + term.apply(count - 1);
        }
        return IntStream.range(0, count).mapToObj(term).collect(Collectors.joining(t.plus()));
    }

    /** A sum of several terms in square brackets (after ½), a single term as it is. */
    static String bracket(int terms, String sum) {
        return terms == 1 ? sum : "[" + sum + "]";
    }

    /** A sum of several terms in parentheses (after a minus sign), a single term as it is. */
    static String parenthesise(int terms, String sum) {
        return terms == 1 ? sum : "(" + sum + ")";
    }
}

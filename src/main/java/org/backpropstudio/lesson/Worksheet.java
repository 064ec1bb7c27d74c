package org.backpropstudio.lesson;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * A worksheet: values of one iteration of a session for a student to compute by hand and have
 * checked cell by cell ({@link WorksheetCheck}), written as a file by an instructor
 * ({@link WorksheetFile}, documented in {@code assets/worksheets/README.md}). Its items are the
 * engine's own quiz questions ({@link QuizQuestion#all}) of that iteration, chosen by
 * {@link Ask}s and put in the worksheet's {@link Order} ({@link WorksheetItems}).
 *
 * @param title       the worksheet's title
 * @param summary     a sentence or two for the student ("" if none)
 * @param sessionName how the file names its session (a preset id or a file beside it), or null
 *                    for a session written out in the file
 * @param session     the session
 * @param iteration   the iteration asked about, from 1
 * @param sample      the sample of that iteration whose values are asked, from 1 (its slot in the
 *                    iteration: with a full batch, the dataset's sample of that number)
 * @param asks        what is asked, in the file's order
 * @param order       the order of the items
 * @param given       what the student starts from
 * @param items       the items, numbered from 1 in order
 */
public record Worksheet(String title, String summary, String sessionName, Session session, int iteration, int sample,
                        List<Ask> asks, Order order, Given given, List<WorksheetItem> items) {

    public Worksheet {
        asks = List.copyOf(asks);
        items = List.copyOf(items);
    }

    /**
     * One line of what a worksheet asks: quantities of some kinds, in some layers and units.
     *
     * @param quantities the kinds of quantity asked (not empty)
     * @param layers     the layers asked, from 1; empty for all (the loss has no layer: always asked)
     * @param units      the units j asked, from 1; empty for all (the loss: always asked)
     */
    public record Ask(List<QuizQuestion.Quantity> quantities, List<Integer> layers, List<Integer> units) {
        public Ask {
            quantities = List.copyOf(quantities);
            layers = List.copyOf(layers);
            units = List.copyOf(units);
        }

        /** Whether {@code q} is one of the values this line asks for. */
        public boolean asks(QuizQuestion q) {
            if (!quantities.contains(q.quantity())) {
                return false;
            }
            if (q.quantity() == QuizQuestion.Quantity.LOSS) {
                return true;
            }
            return (layers.isEmpty() || layers.contains(q.layer()))
                    && (units.isEmpty() || units.contains(q.unit() + 1));
        }
    }

    /** The order of a worksheet's items. */
    public enum Order {
        /** As the engine computes them: forward, loss, backward, gradients, update. */
        STEPS,
        /** The lines of {@code ask} in the file's order, each in the order the engine computes them. */
        LISTED;

        /** The id in a file: {@code steps}, {@code listed}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the student starts from: the parameters at the start of the iteration and the sample.
     *
     * @param network     the network with its parameters when the iteration begins
     * @param sampleIndex the sample's index in the dataset, from 0
     */
    public record Given(Network network, int sampleIndex) {
    }

    /** The id of {@code quantity} in a file: {@code z}, {@code weight-gradient}, {@code updated-bias}. */
    public static String id(QuizQuestion.Quantity quantity) {
        return switch (quantity) {
            case Z -> "z";
            case A -> "a";
            case LOSS -> "loss";
            case DELTA -> "delta";
            case WEIGHT_GRADIENT -> "weight-gradient";
            case BIAS_GRADIENT -> "bias-gradient";
            case WEIGHT -> "updated-weight";
            case BIAS -> "updated-bias";
        };
    }

    /** The quantity whose {@link #id} is {@code id}. */
    public static Optional<QuizQuestion.Quantity> quantity(String id) {
        for (QuizQuestion.Quantity q : QuizQuestion.Quantity.values()) {
            if (id(q).equals(id)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The kinds of quantity the worksheet asks for. */
    public Set<QuizQuestion.Quantity> quantities() {
        Set<QuizQuestion.Quantity> all = EnumSet.noneOf(QuizQuestion.Quantity.class);
        asks.forEach(a -> all.addAll(a.quantities()));
        return all;
    }
}

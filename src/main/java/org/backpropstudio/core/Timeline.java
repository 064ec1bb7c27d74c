package org.backpropstudio.core;

import java.util.List;

/**
 * A step machine's whole history as data, to save and restore it: the session it starts from, the
 * recorded events (runs of micro-steps and hand edits, in order) and the cursor's position.
 *
 * @param start    the session at position 0
 * @param events   the recorded events
 * @param position the cursor, 0 ≤ position ≤ the number of events
 */
public record Timeline(Session start, List<Event> events, long position) {

    /** One recorded event, or a run of them. */
    public sealed interface Event {
        /** How many timeline positions it covers. */
        long length();
    }

    /** {@code count} micro-steps in a row. */
    public record Steps(long count) implements Event {
        public Steps {
            if (count < 1) {
                throw new IllegalArgumentException("a run of micro-steps has at least one");
            }
        }

        @Override
        public long length() {
            return count;
        }
    }

    /** One hand edit. */
    public record EditEvent(Edit edit) implements Event {
        @Override
        public long length() {
            return 1;
        }
    }

    public Timeline {
        events = List.copyOf(events);
    }

    /** The number of recorded events (micro-steps and edits). */
    public long length() {
        return events.stream().mapToLong(Event::length).sum();
    }
}

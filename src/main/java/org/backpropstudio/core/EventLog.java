package org.backpropstudio.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The events recorded on a timeline, by position: runs of micro-steps and hand edits. Position p
 * is the point after p events; the event "at" p is the one that follows it.
 */
final class EventLog {
    /** A hand edit, or a run of micro-steps, starting at position {@code start}. */
    private static final class Entry {
        final long start;
        long steps;
        final Edit edit;

        Entry(long start, long steps, Edit edit) {
            this.start = start;
            this.steps = steps;
            this.edit = edit;
        }

        long end() {
            return start + (edit != null ? 1 : steps);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long length;

    /** The number of events recorded. */
    long length() {
        return length;
    }

    /** The number of entries held (runs and edits), for the memory account. */
    int entries() {
        return entries.size();
    }

    /** Records {@code n} micro-steps at the end. */
    void appendSteps(long n) {
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last != null && last.edit == null) {
            last.steps += n;
        } else {
            entries.add(new Entry(length, n, null));
        }
        length += n;
    }

    /** Records a hand edit at the end. */
    void appendEdit(Edit edit) {
        entries.add(new Entry(length, 0, edit));
        length++;
    }

    /** The edit at position p, or null if a micro-step follows p (p &lt; length). */
    Edit editAt(long p) {
        return entryAt(p).edit;
    }

    /** How many micro-steps follow position p in a row before an edit or the end (p &lt; length). */
    long stepsFrom(long p) {
        Entry e = entryAt(p);
        return e.edit != null ? 0 : e.end() - p;
    }

    /** Forgets the events from position p on. */
    void truncate(long p) {
        while (!entries.isEmpty() && entries.get(entries.size() - 1).start >= p) {
            entries.remove(entries.size() - 1);
        }
        if (!entries.isEmpty()) {
            Entry last = entries.get(entries.size() - 1);
            if (last.edit == null && last.end() > p) {
                last.steps = p - last.start;
            }
        }
        length = Math.min(length, p);
    }

    /** The events as data. */
    List<Timeline.Event> events() {
        List<Timeline.Event> events = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            events.add(e.edit != null ? new Timeline.EditEvent(e.edit) : new Timeline.Steps(e.steps));
        }
        return events;
    }

    /** The entry holding the event that follows position p (p &lt; length). */
    private Entry entryAt(long p) {
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (entries.get(mid).start <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return entries.get(lo);
    }
}

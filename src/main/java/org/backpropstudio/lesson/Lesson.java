package org.backpropstudio.lesson;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;

/**
 * A guided lesson: a session and an ordered list of cards whose texts advance with the steps. The
 * card that applies to a state is the <em>last</em> card, in the lesson's order, whose trigger has
 * fired ({@link Trigger#hasFired}); it is a pure function of the state and the lesson, so stepping
 * back brings the earlier card back, and the same state always shows the same card.
 *
 * @param title   the lesson's title
 * @param summary one or two sentences on what it teaches
 * @param session the session it runs on
 * @param cards   its cards, in order
 */
public record Lesson(String title, String summary, Session session, List<Card> cards) {
    public Lesson {
        cards = List.copyOf(cards);
    }

    /** The index of the card that applies to {@code s}, or −1 if none does (another session is open, say). */
    public int cardIndex(Snapshot s) {
        for (int i = cards.size() - 1; i >= 0; i--) {
            if (cards.get(i).when().hasFired(s)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code s} is a state of a session this lesson's cards are written for. */
    public boolean isAbout(Snapshot s) {
        return sessionNames().contains(s.session().name());
    }

    /** The names of the sessions the cards belong to, the lesson's own first. */
    public Set<String> sessionNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(session.name());
        cards.forEach(c -> names.add(c.when().sessionName()));
        return names;
    }
}

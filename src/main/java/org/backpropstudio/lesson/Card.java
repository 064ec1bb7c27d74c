package org.backpropstudio.lesson;

import java.util.List;

/**
 * One card of a lesson: a few sentences that apply from a moment of training on, and the buttons
 * it suggests.
 *
 * @param when    when it applies
 * @param text    its text, parsed
 * @param actions its buttons, in order (possibly none)
 */
public record Card(Trigger when, CardText text, List<LessonAction> actions) {
    public Card {
        actions = List.copyOf(actions);
    }
}

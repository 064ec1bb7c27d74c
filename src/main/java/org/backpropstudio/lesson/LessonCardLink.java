package org.backpropstudio.lesson;

/**
 * A card of a built-in lesson ({@link LessonLibrary#builtIn()}), as a diagnosis links to it.
 *
 * @param lesson      the lesson's id in the index ({@link LessonLibrary.Entry#id()})
 * @param lessonTitle the lesson's title
 * @param card        the card's position in the lesson, from 0
 * @param heading     the card's opening words in bold ("Sending δ back"), or its first words
 */
public record LessonCardLink(String lesson, String lessonTitle, int card, String heading) {

    /** "The worked example, step by step, card 8: Sending δ back" (cards counted from 1). */
    public String describe() {
        return LessonWords.format("diagnosis.card", lessonTitle, String.valueOf(card + 1), heading);
    }
}

package org.backpropstudio.model;

import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.Session;

/**
 * The session at the cursor and the whole history that leads to it, as one moment.
 *
 * @param current the session at the cursor (current parameters)
 * @param history its history, ready to save
 * @param changes the changes made to the timeline up to this moment, to tell later ones apart
 */
public record SavedState(Session current, SavedHistory history, long changes) {
}

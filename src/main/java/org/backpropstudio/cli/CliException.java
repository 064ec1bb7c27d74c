package org.backpropstudio.cli;

/** A problem with what the user gave (a file, a value, a place to write), told in one line. */
final class CliException extends Exception {
    /** @param message the line to show after the program's name, e.g. {@code seed.json: $: expected …} */
    CliException(String message) {
        super(message);
    }
}

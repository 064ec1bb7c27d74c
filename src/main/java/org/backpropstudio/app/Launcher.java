package org.backpropstudio.app;

import org.backpropstudio.cli.Cli;

/**
 * The jar's entry point. A plain class (not an {@code Application}) so that the JavaFX runtime on
 * the class path starts: {@code java -jar backprop-studio.jar [open FILE | trace … | train …]}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(Cli.execute(args, StudioApp::launchWindow));
    }
}

package org.backpropstudio.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code open FILE}: checks the session file, then opens it in the window. */
@Command(name = "open", mixinStandardHelpOptions = true, version = Cli.VERSION)
final class OpenCommand implements Callable<Integer> {
    private final Consumer<Optional<Path>> openWindow;

    @Mixin
    private SessionArgument session;

    OpenCommand(Consumer<Optional<Path>> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() throws CliException {
        session.load();
        openWindow.accept(Optional.of(session.file()));
        return 0;
    }
}

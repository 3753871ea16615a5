package dev.docket;

import dev.docket.cli.DocketCommand;

/** Docket's entry point: {@code java -jar docket.jar [global options] [command]}. */
public final class Docket {

    private Docket() {}

    public static void main(String[] args) {
        System.exit(DocketCommand.commandLine(System.getenv()).execute(args));
    }
}

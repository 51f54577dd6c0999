package fr.cession.cli;

import picocli.CommandLine.Option;

/** The help option in French, mixed into every command. */
public final class HelpOption {

    @Option(names = {"-h", "--aide", "--help"}, usageHelp = true, description = "Affiche cette aide.")
    boolean help;
}

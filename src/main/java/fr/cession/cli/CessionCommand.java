package fr.cession.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command line: without a subcommand it prints the list of commands. */
@Command(name = "cession",
        description = "Back office des commandes B2C de véhicules d'occasion, en ligne de commande.",
        version = "Cession 0.1.0")
public final class CessionCommand implements Runnable {

    @Mixin
    HelpOption help;

    @picocli.CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "Affiche la version.")
    boolean version;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

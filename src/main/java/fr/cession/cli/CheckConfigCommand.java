package fr.cession.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check-config",
        description = "Vérifie la configuration du poste et le playbook, et dit ce qui ne va pas (fichier, ligne, problème).")
final class CheckConfigCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--playbook", paramLabel = "FICHIER",
            description = "Vérifie ce playbook à la place de celui de la configuration.")
    Path playbook;

    CheckConfigCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ConfigSummary summary = env.check(playbook);
            out.println("Configuration valide");
            summary.lines().forEach(line -> out.println("  " + line));
            return CessionCommandLine.OK;
        } catch (ConfigProblem problem) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Configuration invalide (" + problem.problems().size() + " problème"
                    + (problem.problems().size() > 1 ? "s" : "") + ") :");
            problem.problems().forEach(p -> err.println("  - " + p));
            return CessionCommandLine.USAGE_ERROR;
        }
    }
}

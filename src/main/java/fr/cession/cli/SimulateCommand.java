package fr.cession.cli;

import fr.cession.cli.simulate.Simulation;
import fr.cession.cli.simulate.SimulationInputReader;
import fr.cession.cli.simulate.SimulationPrinter;
import fr.cession.cli.simulate.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "simulate",
        description = {"Affiche ce que le playbook planifie pour une commande décrite dans un fichier :",
                "activités et lignes de check-list avec leur échéance, documents, règles enfreintes, délais de rétractation.",
                "Sert à vérifier une modification du playbook avant de la déployer (--playbook)."})
final class SimulateCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FICHIER", description = "Description de la commande (clé: valeur, voir README).")
    Path file;

    @Option(names = "--json", description = "Sortie JSON au lieu du tableau.")
    boolean json;

    @Option(names = "--playbook", paramLabel = "FICHIER",
            description = "Simule avec ce playbook à la place de celui de la configuration.")
    Path playbook;

    SimulateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("Fichier introuvable : " + file);
            return CessionCommandLine.USAGE_ERROR;
        }
        try {
            var input = new SimulationInputReader().read(file);
            Simulation simulation = new Simulator(env.playbook(playbook), env.calendar(), env.clock()).run(input);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                new SimulationPrinter().json(simulation, out);
            } else {
                new SimulationPrinter().table(simulation, out);
            }
            return CessionCommandLine.OK;
        } catch (SimulationInputReader.InvalidInputException e) {
            err.println("Description de commande invalide :");
            e.problems().forEach(p -> err.println("  - " + p));
            return CessionCommandLine.USAGE_ERROR;
        }
    }
}

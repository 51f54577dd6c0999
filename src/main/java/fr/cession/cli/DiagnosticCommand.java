package fr.cession.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code cession diagnostic}: the text to give whoever helps, without any password. */
@Command(name = "diagnostic",
        description = {"Affiche le diagnostic du poste (version, Java, configuration sans mot de passe, base locale,",
                "derniers avertissements et erreurs du journal), à copier pour l'assistance."})
public final class DiagnosticCommand implements Callable<Integer> {

    private final Supplier<String> report;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    public DiagnosticCommand(Supplier<String> report) {
        this.report = report;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(report.get());
        spec.commandLine().getOut().flush();
        return CessionCommandLine.OK;
    }
}

package fr.cession.cli;

import fr.cession.cli.imports.BackOfficeCsvReader;
import fr.cession.cli.imports.CsvColumn;
import fr.cession.cli.imports.CsvRow;
import fr.cession.domain.user.Actor;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "import",
        description = {"Importe les commandes de l'export CSV du back office (colonnes décrites dans le README).",
                "Une transaction par ligne ; les numéros déjà présents sont ignorés (« déjà importée »)."})
final class ImportCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FICHIER.csv", description = "Export CSV du back office (séparateur ; ou ,, UTF-8).")
    Path file;

    @Option(names = "--base", paramLabel = "FICHIER",
            description = "Fichier de base H2 à utiliser à la place de celui de la configuration.")
    Path base;

    ImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("Fichier introuvable : " + file);
            return CessionCommandLine.USAGE_ERROR;
        }
        Actor actor = env.actor();
        List<CsvRow> rows;
        try {
            rows = new BackOfficeCsvReader(UUID::randomUUID).read(file, actor.site(), actor.login());
        } catch (BackOfficeCsvReader.UnreadableFileException | IllegalArgumentException e) {
            err.println(file.getFileName() + " : " + e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
        int imported = 0;
        int already = 0;
        int rejected = 0;
        try (StoreSession store = env.openStore(base, false)) {
            for (CsvRow row : rows) {
                if (!row.readable()) {
                    rejected++;
                    row.errors().forEach(e -> err.println(where(row) + e));
                    continue;
                }
                if (store.orderExists(row.number())) {
                    already++;
                    out.println(where(row) + "commande " + row.number() + " déjà importée");
                    continue;
                }
                try {
                    store.create(row.draft());
                    imported++;
                } catch (OrderRejectedException e) {
                    rejected++;
                    e.reasons().forEach(r -> err.println(where(row) + column(r) + r.message()));
                }
            }
        }
        out.printf("Import de %s : %d importée(s), %d déjà importée(s), %d rejetée(s) sur %d ligne(s).%n",
                file.getFileName(), imported, already, rejected, rows.size());
        return rejected == 0 ? CessionCommandLine.OK : CessionCommandLine.BUSINESS_ERROR;
    }

    private String where(CsvRow row) {
        return file.getFileName() + ", ligne " + row.line() + ", ";
    }

    private static String column(OrderRejectedException.Reason reason) {
        return CsvColumn.byField(reason.field()).map(c -> "colonne « " + c.header() + " » : ")
                .orElse(reason.field() == null ? "" : "champ « " + reason.field() + " » : ");
    }
}

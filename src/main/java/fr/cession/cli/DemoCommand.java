package fr.cession.cli;

import fr.cession.domain.demo.DemoDataGenerator;
import fr.cession.domain.demo.DemoRequest;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "demo",
        description = {"Remplit la base locale avec un jeu de données de démonstration réaliste :",
                "commandes à toutes les étapes (dont des annulations de chaque cas), activités à l'heure et en retard",
                "par rapport à aujourd'hui. La même graine donne les mêmes données."})
final class DemoCommand implements Callable<Integer> {

    private static final int BATCH = 250;

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--commandes", paramLabel = "N", defaultValue = "500",
            description = "Nombre de commandes, de 1 à 5000 (défaut : ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--graine", paramLabel = "S", defaultValue = "2024",
            description = "Graine du générateur (défaut : ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--base", paramLabel = "FICHIER",
            description = "Fichier de base H2 à remplir à la place de celui de la configuration.")
    Path base;

    @Option(names = "--remplacer", description = "Vide la base avant de la remplir, si elle contient déjà des commandes.")
    boolean replace;

    DemoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (orders < 1 || orders > DemoDataGenerator.MAX_ORDERS) {
            throw new ParameterException(spec.commandLine(), "--commandes : " + orders
                    + " hors limites (de 1 à " + DemoDataGenerator.MAX_ORDERS + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        Actor actor = env.actor();
        DemoDataGenerator generator = new DemoDataGenerator(env.playbook(null), env.calendar(), env.clock());
        try (StoreSession store = env.openStore(base, replace)) {
            long existing = store.orderCount();
            if (existing > 0) {
                spec.commandLine().getErr().println("La base " + store.databaseFile() + " contient déjà " + existing
                        + " commandes : relancez avec --remplacer pour la remplacer par les données de démonstration.");
                return CessionCommandLine.BUSINESS_ERROR;
            }
            long start = System.nanoTime();
            Counts counts = new Counts();
            List<OrderFile> batch = new ArrayList<>(BATCH);
            generator.generate(DemoRequest.forStation(seed, orders, actor), file -> {
                batch.add(file);
                counts.add(file);
                if (batch.size() == BATCH) {
                    store.saveAll(List.copyOf(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                store.saveAll(List.copyOf(batch));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.FRANCE, "Données de démonstration écrites dans %s :%n", store.databaseFile());
            out.printf(Locale.FRANCE, "  %d commandes (dont %d annulées), %d activités, %d lignes de check-list,%n",
                    counts.orders, counts.cancelled, counts.activities, counts.items);
            out.printf(Locale.FRANCE, "  %d documents, %d paiements, %d demandes au manager, en %.1f s.%n",
                    counts.documents, counts.payments, counts.approvals, seconds);
            return CessionCommandLine.OK;
        }
    }

    private static final class Counts {
        long orders;
        long cancelled;
        long activities;
        long items;
        long documents;
        long payments;
        long approvals;

        void add(OrderFile file) {
            orders++;
            cancelled += file.order().cancellation() != null ? 1 : 0;
            activities += file.activities().size();
            items += file.items().size();
            documents += file.documents().size();
            payments += file.payments().size();
            approvals += file.approvals().size();
        }
    }
}

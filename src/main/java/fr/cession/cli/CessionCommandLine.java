package fr.cession.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * Builds the command line: every command is created here with its dependencies (no picocli
 * reflection factory, no static state). Exit codes: 0 done, 1 business error, 2 usage or
 * configuration error.
 */
public final class CessionCommandLine {

    public static final int OK = 0;
    public static final int BUSINESS_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CessionCommandLine.class);

    private CessionCommandLine() {
    }

    /**
     * @param extraCommands commands other modules add (the sync command), already built
     */
    public static CommandLine create(CliEnvironment env, List<Object> extraCommands) {
        CommandLine cl = new CommandLine(new CessionCommand());
        // The command registry: one line per command.
        cl.addSubcommand("demo", new DemoCommand(env));
        cl.addSubcommand("simulate", new SimulateCommand(env));
        cl.addSubcommand("import", new ImportCommand(env));
        cl.addSubcommand("check-config", new CheckConfigCommand(env));
        cl.addSubcommand("comptes-clients", new CustomerAccountsCommand(env));
        // Commands contributed by other modules (sync) come last.
        extraCommands.forEach(cl::addSubcommand);
        frenchHeadings(cl);
        cl.setExecutionExceptionHandler(CessionCommandLine::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("Erreur : " + ex.getMessage());
            err.println("Voir « " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --aide ».");
            return USAGE_ERROR;
        });
        return cl;
    }

    private static void frenchHeadings(CommandLine cl) {
        cl.getCommandSpec().usageMessage()
                .synopsisHeading("Usage : ")
                .optionListHeading("%nOptions :%n")
                .parameterListHeading("%nParamètres :%n")
                .commandListHeading("%nCommandes :%n");
        cl.getSubcommands().values().forEach(CessionCommandLine::frenchHeadings);
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof ConfigProblem problem) {
            err.println("Configuration invalide :");
            problem.problems().forEach(p -> err.println("  - " + p));
            return USAGE_ERROR;
        }
        LOG.error("Commande {} en échec", cl.getCommandName(), ex);
        err.println("Erreur : " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        return BUSINESS_ERROR;
    }
}

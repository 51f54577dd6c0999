package fr.cession.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

/**
 * The layers go one way: domain ← store, sync ← ui, cli ← app (the composition root); domain ← papers
 * (PDFs, exports) ← app.
 * See README, "Architecture".
 */
@AnalyzeClasses(packages = "fr.cession", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("fr.cession.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "atlantafx..", "org.jooq..", "org.flywaydb..", "java.sql..",
                    "org.h2..", "org.postgresql..", "picocli..",
                    "fr.cession.store..", "fr.cession.sync..", "fr.cession.ui..", "fr.cession.cli..",
                    "fr.cession.app..")
            .because("the domain (orders, rules, deadlines, playbook engine) knows nothing of screens or SQL");

    @ArchTest
    static final ArchRule storeKnowsNoUpperLayer = noClasses().that().resideInAPackage("fr.cession.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "fr.cession.sync..", "fr.cession.ui..", "fr.cession.cli..", "fr.cession.app..");

    @ArchTest
    static final ArchRule syncKnowsNoUpperLayer = noClasses().that().resideInAPackage("fr.cession.sync..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "fr.cession.ui..", "fr.cession.cli..", "fr.cession.app..");

    @ArchTest
    static final ArchRule papersKnowOnlyTheDomain = noClasses().that().resideInAPackage("fr.cession.papers..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "fr.cession.ui..", "fr.cession.store..", "fr.cession.sync..", "fr.cession.cli..",
                    "fr.cession.app..", "org.jooq..", "java.sql..")
            .because("the PDFs and exports are drawn from the domain's order files alone (README, \"Documents et exports\")");

    @ArchTest
    static final ArchRule screensReachPapersThroughTheirInterface = noClasses().that().resideInAPackage("fr.cession.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.cession.papers..", "org.apache.pdfbox..",
                    "org.dhatim..", "org.apache.commons.csv..")
            .because("the screens ask ui.papers.Papers, which the composition root implements");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCommandLine = noClasses().that().resideInAPackage("fr.cession.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.cession.cli..", "fr.cession.app..", "picocli..");

    @ArchTest
    static final ArchRule cliHasNoScreens = noClasses().that().resideInAPackage("fr.cession.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fr.cession.ui..", "fr.cession.app..");

    @ArchTest
    static final ArchRule sqlOnlyThroughJooqInStoreAndSync = noClasses().that()
            .resideOutsideOfPackages("fr.cession.store..", "fr.cession.sync..", "fr.cession.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
            .because("SQL goes through jOOQ repositories in store and sync");

    @ArchTest
    static final ArchRule noConsoleOutsideTheCommandLine = noClasses().that()
            .resideOutsideOfPackages("fr.cession.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the application logs through slf4j; only the command line prints");

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static void noRawThreads(JavaClasses classes) {
        // Any constructor of Thread or of a subclass: new Thread(r, "name") is as raw as new Thread(r).
        noClasses().that().resideInAnyPackage("fr.cession.ui..", "fr.cession.domain..")
                .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .because("the domain holds rules only and the screens' background work goes through the task executor")
                .check(classes);
    }

    @ArchTest
    static final ArchRule screensSeeOnlyTheSyncProtocol = noClasses().that().resideInAPackage("fr.cession.ui..")
            .should().dependOnClassesThat(resideInAPackage("fr.cession.sync..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("fr.cession.sync.protocol.."))))
            .because("the adapters between the screens and the sync live in app/; the screens read plain values (README, \"Architecture\")");

    @ArchTest
    static final ArchRule syncProtocolIsPlainValues = noClasses().that().resideInAPackage("fr.cession.sync.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "fr.cession.store..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("fr.cession.(**)").should().beFreeOfCycles()
            // jOOQ's generated schema refers to itself across its packages by design
            .ignoreDependency(alwaysTrue(), resideInAPackage("fr.cession.store.schema.."))
            .ignoreDependency(resideInAPackage("fr.cession.store.schema.."), alwaysTrue());
}

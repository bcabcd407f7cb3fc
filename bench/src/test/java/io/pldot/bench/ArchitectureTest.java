package io.pldot.bench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of the code base, checked on the compiled main classes of every module (this module's
 * test class path is the only one that holds them all): no package depends on itself through others, modules
 * point only down (journal, then feeds and adapters, then engine, then bench), and the engine's core (what
 * runs per event) knows nothing of the application around it (command line, config files, backtests,
 * reports). A new cycle or an upward arrow fails the build, naming the classes on it.
 */
class ArchitectureTest
{
    /** What runs per event inside the ring; it is given settings objects, never the config or the CLI. */
    private static final String[] ENGINE_CORE = {
        "io.pldot.engine.stage..", "io.pldot.engine.analytics..", "io.pldot.engine.decision..",
        "io.pldot.engine.risk..", "io.pldot.engine.venue..", "io.pldot.engine.candle..", "io.pldot.engine.event.."};
    /** The application around the core: commands, config files, backtests and reports, the wiring. */
    private static final String[] ENGINE_APP = {
        "io.pldot.engine.cli..", "io.pldot.engine.app..", "io.pldot.engine.config..", "io.pldot.engine.backtest..",
        "io.pldot.engine.pipeline.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses()
    {
        classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pldot");
    }

    @Test
    void shouldHaveNoPackageCycles()
    {
        // Every package is its own slice, so a parent and its subpackage depending on each other is a cycle too.
        slices().matching("io.pldot.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldPointModulesOnlyDown()
    {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("journal").definedBy("io.pldot.journal..")
            .layer("feeds").definedBy("io.pldot.feeds..")
            .optionalLayer("adapters").definedBy("io.pldot.adapters..")
            .layer("engine").definedBy("io.pldot.engine..")
            .layer("bench").definedBy("io.pldot.bench..")
            .whereLayer("bench").mayNotBeAccessedByAnyLayer()
            .whereLayer("engine").mayOnlyBeAccessedByLayers("bench")
            .whereLayer("adapters").mayOnlyBeAccessedByLayers("engine", "bench")
            .whereLayer("feeds").mayOnlyBeAccessedByLayers("engine", "bench")
            .check(classes);
    }

    @Test
    void shouldKeepTheEngineCoreFreeOfTheApplication()
    {
        noClasses().that().resideInAnyPackage(ENGINE_CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE_APP)
            .check(classes);
    }
}

package org.jeli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps Tika out of the service process: only the child-side package {@code org.jeli.metadata.tika}
 * (run by parse-worker processes) touches Tika, and the service reaches it only through the worker
 * protocol of {@code org.jeli.metadata.process}. The one exception is the process entry point,
 * which starts {@code parse-worker} processes' main loop instead of the service.
 */
class ArchitectureParsingTest {
    private static final String CHILD_SIDE = "org.jeli.metadata.tika..";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.jeli");
    }

    @Test
    void onlyTheParseWorkerSideUsesTika() {
        noClasses()
                .that()
                .resideOutsideOfPackage(CHILD_SIDE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.tika..")
                .because("Tika parsers run only in parse-worker processes (ADR 0017)")
                .check(main);
    }

    @Test
    void theServiceReachesTheParseWorkerSideOnlyThroughTheProcessProtocol() {
        noClasses()
                .that()
                .resideOutsideOfPackage(CHILD_SIDE)
                .and()
                .doNotHaveFullyQualifiedName("org.jeli.platform.JeliMain")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(CHILD_SIDE)
                .because("an in-process Tika extractor would parse hostile files in the service (ADR 0017)")
                .check(main);
    }

    @Test
    void theProcessProtocolUsesNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.metadata.process..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "io.smallrye..", "java.sql..", "javax.sql..")
                .check(main);
    }
}

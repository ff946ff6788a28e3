package org.jeli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the slice rules of CONVENTIONS.md true: who may depend on whom. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.jeli");
    }

    @Test
    void commonUsesOnlyTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.common..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.jeli.common..", "java..")
                .check(main);
    }

    @Test
    void storageUsesOnlyCommonAmongSlices() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.storage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jeli.ingest..", "org.jeli.metadata..", "org.jeli.access..", "org.jeli.platform..")
                .check(main);
    }

    @Test
    void metadataUsesOnlyCommonAmongSlices() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.metadata..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jeli.ingest..", "org.jeli.storage..", "org.jeli.access..", "org.jeli.platform..")
                .check(main);
    }

    @Test
    void accessUsesOnlyCommonAmongSlices() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.access..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jeli.ingest..", "org.jeli.storage..", "org.jeli.metadata..", "org.jeli.platform..")
                .check(main);
    }

    @Test
    void pureMetadataAndStorageCodeUsesNoFramework() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.jeli.common..",
                        "org.jeli.storage",
                        "org.jeli.storage.filesystem..",
                        "org.jeli.storage.crypto..",
                        "org.jeli.storage.s3..",
                        "org.jeli.metadata",
                        "org.jeli.metadata.tika..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "io.smallrye..", "java.sql..", "javax.sql..")
                .check(main);
    }

    @Test
    void chatParsingIsPureJavaUsingOnlyCommonAmongSlices() {
        // An allow-list: no framework (Quarkus, Jakarta, SmallRye, Vert.x), no JDBC, and no slice
        // but common, including any added later. Jackson is allowed for its streaming parser.
        noClasses()
                .that()
                .resideInAPackage("org.jeli.chat..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.jeli.chat..", "org.jeli.common..", "java..", "com.fasterxml.jackson..")
                .check(main);
    }

    @Test
    void leasesUseNoOtherSliceAndTheirRootNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.lease..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jeli.provenance..",
                        "org.jeli.fixity..",
                        "org.jeli.ingest..",
                        "org.jeli.storage..",
                        "org.jeli.access..",
                        "org.jeli.metadata..",
                        "org.jeli.platform..")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.jeli.lease")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "io.smallrye..", "io.vertx..", "java.sql..", "javax.sql..")
                .check(main);
    }

    @Test
    void requestLimitsArePureJavaUsingOnlyCommon() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.limits")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.jeli.limits", "org.jeli.common..", "java..")
                .check(main);
    }

    @Test
    void theMerkleCodeIsPureJava() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.provenance.merkle..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.jeli.provenance.merkle..", "java..")
                .check(main);
    }

    @Test
    void whatTheOfflineVerifierSharesUsesNoFrameworkNoDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.jeli.provenance.merkle..",
                        "org.jeli.provenance.entry..",
                        "org.jeli.provenance.checkpoint..",
                        "org.jeli.provenance.timestamp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta..",
                        "io.smallrye..",
                        "io.vertx..",
                        "java.sql..",
                        "javax.sql..",
                        "org.jeli.ingest..",
                        "org.jeli.storage..",
                        "org.jeli.access..",
                        "org.jeli.metadata..")
                .check(main);
    }

    @Test
    void theOfflineVerifierRunsWithoutServerDatabaseOrFramework() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.verify..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta..",
                        "io.smallrye..",
                        "io.vertx..",
                        "java.sql..",
                        "javax.sql..",
                        "java.net.http..",
                        "org.jeli.provenance",
                        "org.jeli.provenance.jdbc..",
                        "org.jeli.provenance.web..",
                        "org.jeli.provenance.quarkus..",
                        "org.jeli.export..",
                        "org.jeli.ingest..",
                        "org.jeli.storage..",
                        "org.jeli.access..",
                        "org.jeli.metadata..",
                        "org.jeli.platform..")
                .check(main);
    }

    @Test
    void provenanceDoesNotDependOnIngestStorageOrMetadata() {
        noClasses()
                .that()
                .resideInAPackage("org.jeli.provenance..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jeli.ingest..", "org.jeli.storage..", "org.jeli.metadata..")
                .check(main);
    }

    @Test
    void nothingDependsOnThePlatform() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.jeli.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jeli.platform..")
                .check(main);
    }

    @Test
    void webPackagesAreLeaves() {
        // Jeli's own web packages only: Vert.x's io.vertx.ext.web is a framework package that the
        // HTTP authentication adapters in *.quarkus must use.
        noClasses()
                .that()
                .resideOutsideOfPackages("org.jeli.platform..", "org.jeli..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jeli..web..")
                .check(main);
    }

    @Test
    void domainCodeReadsTimeFromAnInjectedClock() {
        noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .check(main);
    }
}

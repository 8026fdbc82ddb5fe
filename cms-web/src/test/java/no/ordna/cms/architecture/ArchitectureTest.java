package no.ordna.cms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directions the module layout promises: the core knows nothing of HTTP, the API layer nothing
 * of persistence, domain packages nothing of their adapters, and features form no cycles.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.ordna.cms");
  }

  @Test
  void theCoreDoesNotDependOnJaxRs() {
    noClasses()
        .that()
        .resideOutsideOfPackages("no.ordna.cms.api..", "no.ordna.cms.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(classes);
  }

  @Test
  void theApiLayerDoesNotDependOnPersistence() {
    noClasses()
        .that()
        .resideInAPackage("no.ordna.cms.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "no.ordna.cms..persistence..")
        .check(classes);
  }

  @Test
  void domainPackagesDoNotDependOnApplicationOrPersistence() {
    noClasses()
        .that()
        .resideInAPackage("no.ordna.cms..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("no.ordna.cms..application..", "no.ordna.cms..persistence..")
        .check(classes);
  }

  @Test
  void theCoreDoesNotDependOnTheApiOrWebModules() {
    noClasses()
        .that()
        .resideOutsideOfPackages("no.ordna.cms.api..", "no.ordna.cms.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("no.ordna.cms.api..", "no.ordna.cms.web..")
        .check(classes);
  }

  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("no.ordna.cms.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void jsonIsMadeThroughTheProviderLookedUpOnce() {
    // jakarta.json.Json looks its provider up through the service loader on every call
    noClasses()
        .should()
        .callMethodWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                        jakarta.json.Json.class))))
        .because("no.ordna.cms.shared.Jsons holds the provider")
        .check(classes);
  }
}

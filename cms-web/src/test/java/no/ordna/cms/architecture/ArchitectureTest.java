package no.ordna.cms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.shared.ExpectedVersion;
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

  @Test
  void noFeatureSwitchesOverTheFieldTypes() {
    // javac compiles a switch over an enum to a synthetic class whose static initializer reads
    // the enum's values() into a "$SwitchMap$" array
    noClasses()
        .should()
        .callMethodWhere(
            new DescribedPredicate<JavaMethodCall>(
                "a switch over " + SWITCHED_ENUM.getSimpleName()) {
              @Override
              public boolean test(JavaMethodCall call) {
                return call.getTarget().getOwner().isEquivalentTo(SWITCHED_ENUM)
                    && call.getTarget().getName().equals("values")
                    && call.getOrigin().getName().equals("<clinit>")
                    && !call.getOriginOwner().isEquivalentTo(SWITCHED_ENUM);
              }
            })
        .because("what a field type means lives with FieldType and its rule: features ask the type")
        .check(classes);
  }

  private static final Class<?> SWITCHED_ENUM = FieldType.class;

  @Test
  void everyManagementMethodDeclaresWhoMayCallIt() {
    methods()
        .that(areManagementOperations())
        .should()
        .beAnnotatedWith(Allowed.class)
        .because("authorization is declared on each management method (see Allowed)")
        .check(classes);
  }

  @Test
  void ifMatchIsTakenAsAnExpectedVersionThatIsNeverNull() {
    methods()
        .that(takeAnExpectedVersion())
        .should(haveAnEmptyDefaultForTheExpectedVersion())
        .because("an absent If-Match must arrive as ExpectedVersion.absent(), not null")
        .check(classes);
  }

  /** HTTP methods of resources under {@code /api/v1/manage/}. */
  private static DescribedPredicate<JavaMethod> areManagementOperations() {
    return new DescribedPredicate<>("are HTTP operations of a management resource") {
      @Override
      public boolean test(JavaMethod method) {
        return isHttpOperation(method) && managementPath(method.getOwner());
      }
    };
  }

  private static boolean isHttpOperation(JavaMethod method) {
    return method.isAnnotatedWith(GET.class)
        || method.isAnnotatedWith(POST.class)
        || method.isAnnotatedWith(PUT.class)
        || method.isAnnotatedWith(DELETE.class)
        || method.isAnnotatedWith(PATCH.class)
        || method.isAnnotatedWith(HEAD.class);
  }

  private static boolean managementPath(JavaClass owner) {
    return owner
        .tryGetAnnotationOfType(Path.class)
        .map(path -> path.value().replaceFirst("^/", "").startsWith("manage"))
        .orElse(false);
  }

  private static DescribedPredicate<JavaMethod> takeAnExpectedVersion() {
    return new DescribedPredicate<>("take an ExpectedVersion header parameter") {
      @Override
      public boolean test(JavaMethod method) {
        return method.getParameters().stream()
            .anyMatch(
                p ->
                    p.getRawType().isEquivalentTo(ExpectedVersion.class)
                        && p.isAnnotatedWith(HeaderParam.class));
      }
    };
  }

  private static ArchCondition<JavaMethod> haveAnEmptyDefaultForTheExpectedVersion() {
    return new ArchCondition<>("declare @DefaultValue(\"\") on it") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        for (JavaParameter parameter : method.getParameters()) {
          if (parameter.getRawType().isEquivalentTo(ExpectedVersion.class)
              && !parameter
                  .tryGetAnnotationOfType(DefaultValue.class)
                  .map(d -> d.value().isEmpty())
                  .orElse(false)) {
            events.add(
                SimpleConditionEvent.violated(
                    method, method.getFullName() + " takes an ExpectedVersion without it"));
          }
        }
      }
    };
  }
}

package org.herald.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies flow one way: the interfaces ({@code web}) use the use cases, which use what a
 * message carries (dynamic links, tracking) and the queue, which uses the channels; the shared
 * kernel (tags, entities, contacts, links, settings, message rules, categories, errors) sits at the
 * bottom. A violation fails the build naming the offending class and what it uses.
 */
@AnalyzeClasses(packages = "org.herald", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] USE_CASES = {
    "org.herald.communication..",
    "org.herald.template..",
    "org.herald.externalsystem..",
    "org.herald.automation..",
    "org.herald.event..",
    "org.herald.segment..",
    "org.herald.notification..",
    "org.herald.demo..",
    "org.herald.user..",
    "org.herald.analytics.."
  };

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Interfaces")
          .definedBy("org.herald.web..")
          .layer("Use cases")
          .definedBy(USE_CASES)
          .layer("Message links")
          .definedBy("org.herald.dynamiclink..", "org.herald.tracking..")
          .layer("Queue")
          .definedBy("org.herald.queue..")
          .layer("Channels")
          .definedBy("org.herald.channel..")
          .layer("Shared kernel")
          .definedBy(
              "org.herald.tag..",
              "org.herald.condition..",
              "org.herald.entity..",
              "org.herald.contact..",
              "org.herald.link..",
              "org.herald.settings..",
              "org.herald.message..",
              "org.herald.category..",
              "org.herald.language..",
              "org.herald.error..",
              "org.herald.paging..",
              "org.herald.json..",
              "org.herald.persistence..",
              "org.herald.secret..",
              "org.herald.idempotency..",
              "org.herald.audit..")
          .whereLayer("Interfaces")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Use cases")
          .mayOnlyBeAccessedByLayers("Interfaces")
          .whereLayer("Message links")
          .mayOnlyBeAccessedByLayers("Interfaces", "Use cases")
          .whereLayer("Queue")
          .mayOnlyBeAccessedByLayers("Interfaces", "Use cases")
          .whereLayer("Channels")
          .mayOnlyBeAccessedByLayers("Interfaces", "Use cases", "Message links", "Queue");

  @ArchTest
  static final ArchRule noCycles = slices().matching("org.herald.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theDomainKnowsNoWebFramework =
      noClasses()
          .that()
          .resideInAPackage("org.herald..")
          .and()
          .resideOutsideOfPackage("org.herald.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..");

  @ArchTest
  static final ArchRule theQueueReachesJmsThroughItsOwnInterface =
      noClasses()
          .that()
          .resideInAPackage("org.herald.queue")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.jms..", "org.herald.queue.jms..");
}

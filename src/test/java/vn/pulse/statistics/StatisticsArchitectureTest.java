package vn.pulse.statistics;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import vn.pulse.base.DomainException;

/** The statistics engine is plain Java over plain data: unit-testable without Spring, a database or a UI. */
class StatisticsArchitectureTest {

    @Test
    void depends_only_on_the_jdk_and_commons_math() {
        String mainClasses = Sample.class.getProtectionDomain().getCodeSource().getLocation().toString();
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(location -> location.asURI().toString().startsWith(mainClasses))
                .importPackages("vn.pulse.statistics");
        classes().that().resideInAPackage("vn.pulse.statistics..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.apache.commons.math3..",
                        "vn.pulse.statistics..").or(nameStartingWith(DomainException.class.getName())))
                .because("no Spring, jOOQ, Vaadin or servlet types belong in the statistics engine; its input"
                        + " errors are the shared kernel's plain DomainException")
                .check(engine);
        org.assertj.core.api.Assertions.assertThat(engine).as("engine classes found").hasSizeGreaterThan(30);
    }

    private static DescribedPredicate<JavaClass> nameStartingWith(String prefix) {
        return describe("named " + prefix + "*", c -> c.getName().startsWith(prefix));
    }
}

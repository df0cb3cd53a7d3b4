package io.github.zitadelstarter.autoconfigure;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The rules Spring Boot holds its own modules to, and the starter's layering: the public
 * API does not know the auto-configuration, and configuration does not know how tokens
 * are fetched or sent.
 */
class ArchitectureTests {

	private static final JavaClasses STARTER = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.zitadelstarter");

	@Test
	void autoConfigurationsArePublicFinalWithoutPublicMembers() {
		check(classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.bePublic()
			.andShould()
			.haveModifier(JavaModifier.FINAL));
		check(methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.notBePublic());
		check(fields().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.notBePublic()
			.allowEmptyShould(true));
	}

	@Test
	void conditionsAreNotPublic() {
		check(classes().that().implement(Condition.class).should().notBePublic());
	}

	@Test
	void beanMethodsAreNotConditionalOnClass() {
		check(noMethods().that().areAnnotatedWith(Bean.class).should().beAnnotatedWith(ConditionalOnClass.class));
	}

	@Test
	void noBeanIsOfSpringSecuritysOAuth2ClientTypes() {
		check(noMethods().that()
			.areAnnotatedWith(Bean.class)
			.should()
			.haveRawReturnType(DescribedPredicate.describe("a type of Spring Security's OAuth2 client",
					(JavaClass type) -> type.getPackageName().startsWith("org.springframework.security.oauth2.client"))));
	}

	@Test
	void configurationPropertiesUseValueRatherThanPrefix() {
		check(classes().that().areAnnotatedWith(ConfigurationProperties.class).should(useValue()));
	}

	@Test
	void publicApiDoesNotDependOnTheAutoConfiguration() {
		check(noClasses().that()
			.resideInAnyPackage("io.github.zitadelstarter.client..", "io.github.zitadelstarter.resourceserver..",
					"io.github.zitadelstarter.api..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.github.zitadelstarter.autoconfigure.."));
	}

	@Test
	void configurationDoesNotDependOnTokenHandlingOrClients() {
		check(noClasses().that()
			.haveSimpleName("ZitadelProperties")
			.or()
			.haveSimpleName("PropertiesZitadelConnectionDetails")
			.or()
			.haveSimpleName("InvalidZitadelPropertyException")
			.should()
			.dependOnClassesThat(tokenHandlingOrClients()));
	}

	@Test
	void tokenHandlingDoesNotDependOnTheClients() {
		check(noClasses().that()
			.haveSimpleName("ZitadelTokenManager")
			.or()
			.haveSimpleName("TokenRequests")
			.or()
			.haveSimpleNameEndingWith("TokenEndpointClient")
			.or()
			.haveSimpleName("TokenEndpointMessages")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameStartingWith("BearerToken"));
	}

	private static DescribedPredicate<JavaClass> tokenHandlingOrClients() {
		return DescribedPredicate.describe("token handling or clients",
				(javaClass) -> javaClass.getSimpleName().equals("ZitadelTokenManager")
						|| javaClass.getSimpleName().equals("TokenRequests")
						|| javaClass.getSimpleName().contains("TokenEndpoint")
						|| javaClass.getSimpleName().startsWith("BearerToken"));
	}

	private static ArchCondition<JavaClass> useValue() {
		return new ArchCondition<>("use value, not prefix, in @ConfigurationProperties") {

			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				ConfigurationProperties annotation = javaClass.reflect().getAnnotation(ConfigurationProperties.class);
				boolean usesValue = !annotation.value().isEmpty() && annotation.prefix().isEmpty();
				events.add(new SimpleConditionEvent(javaClass, usesValue,
						javaClass.getName() + (usesValue ? " uses value" : " does not use value")));
			}

		};
	}

	private static void check(ArchRule rule) {
		rule.check(STARTER);
	}

}

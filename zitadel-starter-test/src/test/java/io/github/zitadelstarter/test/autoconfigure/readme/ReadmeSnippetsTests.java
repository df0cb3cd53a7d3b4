package io.github.zitadelstarter.test.autoconfigure.readme;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.TokenEndpointFault;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's test examples are the test classes of this package, as they are: each Java
 * block of its "Test your own application" section is one of them without its package
 * declaration (indented with four spaces instead of tabs), so that every example compiles
 * and passes with the imports it shows. The quick start's service is
 * {@link Organizations}, and every test control is named with its signature.
 */
class ReadmeSnippetsTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path SNIPPETS = Path.of("src/test/java",
			ReadmeSnippetsTests.class.getPackageName().replace('.', '/'));

	private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^( *)```java\n(.*?)^\\1```$", Pattern.DOTALL);

	private static final Pattern CLASS_NAME = Pattern.compile("(?m)^class (\\w+)");

	@Test
	void testSectionShowsEachExampleTestAsItIs() throws IOException {
		List<String> blocks = javaBlocks(section("Test your own application"));
		Set<String> shown = new TreeSet<>();
		for (String block : blocks) {
			Matcher className = CLASS_NAME.matcher(block);
			assertThat(className.find()).as("a class in\n%s", block).isTrue();
			shown.add(className.group(1));
			assertThat(block).isEqualTo(withoutPackage(source(className.group(1))));
		}
		assertThat(shown).isEqualTo(exampleTests());
	}

	@Test
	void quickStartShowsTheOrganizationsServiceAsItIs() throws IOException {
		List<String> blocks = javaBlocks(section("Quick start"));
		assertThat(blocks).hasSize(1);
		String organizations = withoutPackage(source("Organizations"));
		String withoutImports = organizations.substring(organizations.indexOf("\n\n@") + 2);
		assertThat(blocks.get(0)).isEqualTo(withoutImports);
	}

	@Test
	void testSectionNamesEveryTestControlWithItsSignature() throws IOException {
		String section = section("Test your own application");
		List<String> signatures = new ArrayList<>();
		signatures.addAll(signatures(ZitadelTestServer.class, false));
		signatures.addAll(signatures(TokenEndpointFault.class, true));
		signatures.addAll(signatures(RecordedRequest.class, false));
		assertThat(signatures).hasSizeGreaterThan(20)
			.allSatisfy((signature) -> assertThat(section).contains(signature + "`"));
	}

	private static List<String> signatures(Class<?> type, boolean staticOnly) {
		return Arrays.stream(type.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()))
			.filter((method) -> !staticOnly || Modifier.isStatic(method.getModifiers()))
			.filter((method) -> !Set.of("toString", "equals", "hashCode").contains(method.getName()))
			.map(ReadmeSnippetsTests::signature)
			.toList();
	}

	private static String signature(Method method) {
		return method.getName() + Arrays.stream(method.getParameters())
			.map((parameter) -> parameter.getType().getSimpleName() + " " + parameter.getName())
			.collect(Collectors.joining(", ", "(", ")"));
	}

	private static String section(String heading) throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf("\n## " + heading + "\n");
		assertThat(start).as("README section %s", heading).isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		return readme.substring(start, (end != -1) ? end : readme.length());
	}

	private static List<String> javaBlocks(String markdown) {
		List<String> blocks = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(markdown);
		while (block.find()) {
			String indent = block.group(1);
			blocks.add(block.group(2).replaceAll("(?m)^" + indent, ""));
		}
		return blocks;
	}

	private static String source(String className) throws IOException {
		return Files.readString(SNIPPETS.resolve(className + ".java"));
	}

	private static String withoutPackage(String source) {
		String body = source.substring(source.indexOf(";\n\n") + 3);
		Matcher tabs = Pattern.compile("(?m)^\t+").matcher(body);
		return tabs.replaceAll((indent) -> "    ".repeat(indent.group().length()));
	}

	private static Set<String> exampleTests() throws IOException {
		try (Stream<Path> files = Files.list(SNIPPETS)) {
			return files.map((file) -> file.getFileName().toString().replace(".java", ""))
				.filter((name) -> name.endsWith("Tests") && !name.equals(ReadmeSnippetsTests.class.getSimpleName()))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

}

package io.github.zitadelstarter.testcontainers;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Testcontainers section shows {@code readme/RealZitadelTests} as it is
 * (without its package declaration, indented with four spaces instead of tabs), so that
 * the example compiles with the imports it shows, and names each method of
 * {@link ZitadelContainer} with its signature.
 */
class ReadmeTestcontainersSectionTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path EXAMPLE = Path.of("src/test/java",
			ReadmeTestcontainersSectionTests.class.getPackageName().replace('.', '/'), "readme",
			"RealZitadelTests.java");

	private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\n(.*?)^```$", Pattern.DOTALL);

	@Test
	void showsTheExampleTestAsItIs() throws IOException {
		Matcher block = JAVA_BLOCK.matcher(section());
		assertThat(block.find()).isTrue();
		String source = Files.readString(EXAMPLE);
		String withoutPackage = source.substring(source.indexOf(";\n\n") + 3);
		assertThat(block.group(1)).isEqualTo(Pattern.compile("(?m)^\t+")
			.matcher(withoutPackage)
			.replaceAll((indent) -> "    ".repeat(indent.group().length())));
		assertThat(block.find()).as("one Java block").isFalse();
	}

	@Test
	void namesEveryMethodOfTheContainerWithItsSignature() throws IOException {
		String section = section();
		List<String> signatures = Arrays.stream(ZitadelContainer.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !method.getName().equals("stop"))
			.map(ReadmeTestcontainersSectionTests::signature)
			.toList();
		assertThat(signatures).hasSizeGreaterThan(8)
			.allSatisfy((signature) -> assertThat(section).contains(signature + "`"));
		assertThat(section).contains("`ghcr.io/zitadel/zitadel:" + ZitadelContainer.DEFAULT_IMAGE.getVersionPart() + "`")
			.contains("`" + ZitadelContainer.DEFAULT_POSTGRES_IMAGE.asCanonicalNameString().replace("docker.io/library/", "") + "`")
			.contains("`" + ZitadelContainer.SERVICE_USER_NAME + "`")
			.contains(ZitadelContainer.MASTER_KEY)
			.contains(ZitadelContainer.DEFAULT_STARTUP_TIMEOUT.toMinutes() + " minutes");
	}

	private static String signature(Method method) {
		return method.getName() + Arrays.stream(method.getParameters())
			.map((parameter) -> parameter.getType().getSimpleName() + " " + parameter.getName())
			.collect(Collectors.joining(", ", "(", ")"));
	}

	private static String section() throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf("\n## Test against a real ZITADEL (Testcontainers)\n");
		assertThat(start).isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		return readme.substring(start, (end != -1) ? end : readme.length());
	}

}

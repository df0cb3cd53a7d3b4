package io.github.zitadelstarter.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Json}.
 */
class JsonTests {

	@Test
	void readsWhatItWrites() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("text", "quote \" backslash \\ newline \n tab \t control \u0001");
		document.put("number", 42L);
		document.put("decimal", 1.5);
		document.put("flag", true);
		document.put("nothing", null);
		document.put("list", List.of("a", Map.of("nested", false)));
		assertThat(Json.parse(Json.write(document))).isEqualTo(document);
	}

	@Test
	void readsUnicodeEscapesAndWhitespace() {
		assertThat(Json.parseObject(" { \"a\" : [ 1 , \"\\u00e9\" ] } ")).containsEntry("a", List.of(1L, "é"));
	}

	@Test
	void rejectsWhatIsNotJson() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("{\"a\":1"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("{\"a\":1} trailing"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("nope"));
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parseObject("[1]"));
	}

}

package io.github.zitadelstarter.sample.resourceserver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The sample run the way a real instance is configured: it stops at once when nothing is
 * configured. {@link TestResourceServerSampleApplicationTests} runs it at development
 * time.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerSampleApplicationTests {

	@Test
	void withoutAConfiguredInstanceTheSampleStopsSayingWhatIsMissing(CapturedOutput output) {
		assertThatException().isThrownBy(() -> SpringApplication
			.run(ResourceServerSampleApplication.class, "--server.port=0", "--spring.main.banner-mode=off")
			.close());
		assertThat(output).contains("APPLICATION FAILED TO START").contains("ZITADEL_DOMAIN");
	}

}

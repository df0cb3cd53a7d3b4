package io.github.zitadelstarter.test;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelTestServerExtension}.
 */
class ZitadelTestServerExtensionTests {

	private static final Set<URI> sharedOrigins = ConcurrentHashMap.newKeySet();

	@Nested
	class RegisteredInAStaticField {

		@RegisterExtension
		static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

		@Test
		void serverIsRunningAndInjectable(ZitadelTestServer server) {
			assertThat(server).isSameAs(zitadel.server());
			assertThat(server.origin().getHost()).isEqualTo("127.0.0.1");
		}

	}

	@Nested
	@ExtendWith(ZitadelTestServerExtension.class)
	class DeclaredWithExtendWith {

		@Test
		void serverIsInjectable(ZitadelTestServer server) {
			assertThat(server.serviceUser().organization()).isEqualTo(server.organization());
		}

	}

	@Nested
	class FirstSharingClass {

		@RegisterExtension
		static final ZitadelTestServerExtension zitadel = ZitadelTestServerExtension.shared();

		@Test
		void recordsOrigin() {
			sharedOrigins.add(zitadel.server().origin());
			assertThat(sharedOrigins).hasSize(1);
		}

	}

	@Nested
	class SecondSharingClass {

		@RegisterExtension
		static final ZitadelTestServerExtension zitadel = ZitadelTestServerExtension.shared();

		@Test
		void recordsOrigin() {
			sharedOrigins.add(zitadel.server().origin());
			assertThat(sharedOrigins).hasSize(1);
		}

	}

}

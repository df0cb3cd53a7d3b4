package io.github.zitadelstarter.testcontainers;

import java.net.URI;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link ContainerConnectionDetailsFactory} that gives the ZITADEL starter a
 * {@link ZitadelContainer}'s origin and the credential of its service user, for
 * {@code @ServiceConnection}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class ZitadelContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<ZitadelContainer, ZitadelConnectionDetails> {

	@Override
	protected ZitadelConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<ZitadelContainer> source) {
		return new ZitadelContainerConnectionDetails(new StartedContainer(source));
	}

	/**
	 * {@link ZitadelConnectionDetails} backed by a {@link ZitadelContainer}. It holds
	 * Boot's {@link ContainerConnectionDetails} rather than extending it: that class's
	 * getOrigin() (where the bean came from) clashes with the ZITADEL origin of
	 * ZitadelConnectionDetails.
	 */
	static final class ZitadelContainerConnectionDetails implements ZitadelConnectionDetails, InitializingBean {

		private final StartedContainer container;

		private ZitadelContainerConnectionDetails(StartedContainer container) {
			this.container = container;
		}

		@Override
		public void afterPropertiesSet() throws Exception {
			this.container.afterPropertiesSet();
		}

		@Override
		public URI getOrigin() {
			return this.container.get().getOrigin();
		}

		@Override
		public ZitadelCredential getCredential() {
			ZitadelContainer container = this.container.get();
			return switch (container.getServiceConnectionCredential()) {
				case KEY -> ZitadelCredential.key(container.getKeyJson());
				case PERSONAL_ACCESS_TOKEN -> ZitadelCredential.personalAccessToken(container.getPersonalAccessToken());
				case CLIENT_SECRET -> container.getClientSecret();
			};
		}

		@Override
		public String toString() {
			return "ZitadelContainerConnectionDetails{" + this.container.getOrigin() + "}";
		}

	}

	/**
	 * The container behind a connection, started when first asked for, as Boot's
	 * {@link ContainerConnectionDetails} gives it.
	 */
	private static final class StartedContainer extends ContainerConnectionDetails<ZitadelContainer> {

		StartedContainer(ContainerConnectionSource<ZitadelContainer> source) {
			super(source);
		}

		ZitadelContainer get() {
			return getContainer();
		}

	}

}

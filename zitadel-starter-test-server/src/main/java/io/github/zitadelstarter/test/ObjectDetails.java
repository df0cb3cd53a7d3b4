package io.github.zitadelstarter.test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code details} that ZITADEL's APIs, v1 and v2, give a resource and the answer of a
 * change: the sequence of the resource's last event, its dates and the organization that
 * owns it. The test server keeps no events: a resource answers sequence 1, its creation
 * date also as its change date, and a change answers sequence 2 with its own date.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ObjectDetails {

	private ObjectDetails() {
	}

	/**
	 * Return the details of a resource as it was created.
	 */
	static Map<String, Object> of(Instant creationDate, String resourceOwner) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sequence", "1");
		details.put("creationDate", creationDate.toString());
		details.put("changeDate", creationDate.toString());
		details.put("resourceOwner", resourceOwner);
		return details;
	}

	/**
	 * Return the details in the answer of a change, which carry no creation date.
	 */
	static Map<String, Object> ofChange(Instant changeDate, String resourceOwner) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sequence", "2");
		details.put("changeDate", changeDate.toString());
		details.put("resourceOwner", resourceOwner);
		return details;
	}

}

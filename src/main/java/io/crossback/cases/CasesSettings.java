package io.crossback.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cases module.
 *
 * @param publicBaseUrl where customers reach this installation; tracking links start with it
 */
@ConfigurationProperties("crossback.cases")
public record CasesSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	/** The customer's tracking page of a case. */
	public String trackingUrl(Case c) {
		return publicBaseUrl.replaceAll("/+$", "") + "/portal/" + c.tenantId() + "/track/" + c.trackingToken();
	}
}

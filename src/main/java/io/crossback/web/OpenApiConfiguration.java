package io.crossback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI 3.1 description at {@code /v3/api-docs}, with the API-key bearer scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI crossbackOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Crossback API")
				.version("v1")
				.description("After-sales cases, orders and everything around them. Errors are RFC 9457 problems.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Tenant API key")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}
}

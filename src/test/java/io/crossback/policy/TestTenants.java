package io.crossback.policy;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.crossback.core.TenantId;

/**
 * Until the tenancy module's API-key resolver is on this branch, tests name their tenant in a header. Remove once
 * {@code io.crossback.ApiTestSupport} is available (see the module's report).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestTenants implements WebMvcConfigurer {

	static final String HEADER = "X-Test-Tenant";

	static TenantId fresh() {
		return TenantId.of("policy-" + UUID.randomUUID().toString().substring(0, 8));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == TenantId.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				return TenantId.of(request.getHeader(HEADER));
			}
		});
	}
}

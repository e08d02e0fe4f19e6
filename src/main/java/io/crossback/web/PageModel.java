package io.crossback.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page's layout needs: where the language switcher should lead back to. Only for the page controllers'
 * packages: a {@code @RestController} is a {@code @Controller} too, and the API has no use for it.
 */
@ControllerAdvice(basePackages = { "io.crossback.console", "io.crossback.portal" })
class PageModel {

	/** The page itself for GET requests, so switching the language stays on it; null after a form post. */
	@ModelAttribute("here")
	@Nullable String here(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) ? request.getRequestURI() : null;
	}
}

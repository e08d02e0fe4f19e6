package io.crossback.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What every page's layout needs: where the language switcher should lead back to. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	/** The page itself for GET requests, so switching the language stays on it; null after a form post. */
	@ModelAttribute("here")
	@Nullable String here(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) ? request.getRequestURI() : null;
	}
}

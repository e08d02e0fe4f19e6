package io.crossback.tenancy;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from servlet filters, where no controller advice reaches. */
final class ProblemWriter {

	private ProblemWriter() {
	}

	static void write(JsonMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			URI type, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"crossback\"");
		}
		json.writeValue(response.getOutputStream(), problem);
	}
}

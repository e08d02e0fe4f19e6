package io.crossback.ledger;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.core.InvalidInput;
import io.crossback.ledger.tlog.TilePath;
import jakarta.servlet.http.HttpServletRequest;

/**
 * C2SP tlog-tiles under {@code /tlog/}: the checkpoint, hash tiles and entry bundles, so that standard tlog clients
 * can mirror and audit the log. Tiles never change once they exist and are served as immutable.
 */
@RestController
class TileController {

	private final LogReader reader;

	TileController(LogReader reader) {
		this.reader = reader;
	}

	@GetMapping("/tlog/checkpoint")
	ResponseEntity<String> checkpoint() {
		return ResponseEntity.ok()
			.contentType(LedgerController.TEXT)
			.cacheControl(CacheControl.noCache())
			.body(reader.latest().note());
	}

	@GetMapping("/tlog/tile/**")
	ResponseEntity<byte[]> tile(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		TilePath tile;
		try {
			tile = TilePath.parse(uri.substring("/tlog/tile/".length()));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("path", e.getMessage());
		}
		return reader.tile(tile)
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.body(bytes))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}

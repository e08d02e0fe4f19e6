package io.crossback.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A customer's request for a new case, already checked for shape (values known, texts within limits). */
public record NewCase(String orderId, CaseType type, Reason reason, List<CaseLine> lines, @Nullable String message,
		Channel channel, @Nullable Resolution preferredResolution) {
}

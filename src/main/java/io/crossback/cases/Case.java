package io.crossback.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;
import io.crossback.core.Violations;
import io.crossback.core.WireValue;

/**
 * An after-sales case: what the customer asked for, where it stands, and the rules for moving it on. Immutable; a
 * transition answers the next state together with what to record.
 */
public record Case(TenantId tenantId, CaseId id, long version, String orderId, CaseType type, Reason reason,
		Channel channel, @Nullable Resolution preferredResolution, CaseStatus status, @Nullable CaseStatus resumeStatus,
		@Nullable Resolution resolution, @Nullable Boolean eligible, CountryCode market, LanguageCode customerLanguage,
		boolean vip, String trackingToken, List<CaseLine> lines, Instant createdAt, Instant updatedAt) {

	public List<CaseAction> allowedActions() {
		return Lifecycle.allowedActions(type, status)
			.stream()
			.filter(a -> a != CaseAction.CONFIRM_REFUND || resolution == Resolution.REFUND)
			.toList();
	}

	public boolean isOpen() {
		return status != CaseStatus.CLOSED && status != CaseStatus.CANCELLED && status != CaseStatus.REJECTED;
	}

	/**
	 * Applies an action: checks the lifecycle, checks the action's data, and answers the case after it.
	 *
	 * @param data the action's facts as given (carrier, grade, resolution, reason, …)
	 * @throws TransitionNotAllowed when the status does not allow the action
	 * @throws io.crossback.core.InvalidInput when the action's data is missing or wrong
	 */
	Transition apply(CaseAction action, Map<String, String> data, Actor actor, Instant at) {
		Lifecycle.Target target = Lifecycle.target(type, status, action)
			.filter(t -> allowedActions().contains(action))
			.orElseThrow(() -> new TransitionNotAllowed(type, status, action, allowedActions()));
		Map<String, String> facts = checkedData(action, data);
		CaseStatus next = target.status() != null ? target.status()
				: resumeStatus != null ? resumeStatus : CaseStatus.SUBMITTED;
		CaseStatus resume = next == CaseStatus.AWAITING_INFO ? status : null;
		Resolution outcome = switch (action) {
			case RESOLVE, DECIDE_DISPUTE -> WireValue.parse(Resolution.class, facts.get("resolution")).orElseThrow();
			case REOPEN -> null;
			default -> resolution;
		};
		if (action == CaseAction.APPROVE && Boolean.FALSE.equals(eligible)) {
			facts.put("goodwill", "true");
		}
		Case after = new Case(tenantId, id, version + 1, orderId, type, reason, channel, preferredResolution, next, resume,
				outcome, eligible, market, customerLanguage, vip, trackingToken, lines, createdAt, at);
		return new Transition(after, new CaseTransitioned(tenantId, id, type, market, status, next, action, actor,
				Map.copyOf(facts), at));
	}

	private Map<String, String> checkedData(CaseAction action, Map<String, String> data) {
		Violations v = new Violations();
		Map<String, String> facts = new LinkedHashMap<>();
		String note = v.text("note", data.get("note"), 2000, false);
		if (note != null) {
			facts.put("note", note);
		}
		switch (action) {
			case CONFIRM_REFUND -> put(facts, "paymentReference",
					v.text("paymentReference", data.get("paymentReference"), 100, true));
			case SHIP, ISSUE_LABEL -> {
				put(facts, "carrier", v.text("carrier", data.get("carrier"), 40, true));
				put(facts, "trackingNumber", v.text("trackingNumber", data.get("trackingNumber"), 64, true));
			}
			case INSPECT -> {
				put(facts, "grade", v.oneOf("grade", data.get("grade"), true,
						g -> List.of("A", "B", "C", "D").contains(g) ? g : null, List.of("A", "B", "C", "D")));
				put(facts, "disposition", v.oneOf("disposition", data.get("disposition"), false,
						d -> DISPOSITIONS.contains(d) ? d : null, DISPOSITIONS));
				String photos = v.text("photoSha256", data.get("photoSha256"), 65 * 20, false);
				if (photos != null) {
					if (!photos.matches("[0-9a-f]{64}(,[0-9a-f]{64})*")) {
						v.add("photoSha256", "lower-case hex SHA-256 digests, comma-separated");
					}
					else {
						facts.put("photoSha256", photos);
					}
				}
			}
			case RESOLVE, DECIDE_DISPUTE -> put(facts, "resolution",
					v.oneOf("resolution", data.get("resolution"), true,
							w -> WireValue.parse(Resolution.class, w).map(Resolution::wire).orElse(null),
							WireValue.allowed(Resolution.class)));
			case REJECT, DISPUTE, REOPEN -> put(facts, "reason", v.text("reason", data.get("reason"), 2000, true));
			case REQUEST_INFO -> put(facts, "question", v.text("question", data.get("question"), 2000, true));
			case APPROVE -> {
				if (Boolean.FALSE.equals(eligible)) {
					put(facts, "reason", v.text("reason", data.get("reason"), 2000, false));
					if (facts.get("reason") == null && v.isEmpty()) {
						v.add("reason", "the return policy finds this case ineligible: approving it is goodwill and "
								+ "needs a reason");
					}
				}
				String auto = data.get("auto");
				if ("true".equals(auto)) {
					facts.put("auto", "true");
				}
			}
			default -> {
			}
		}
		v.throwIfAny();
		return facts;
	}

	private static void put(Map<String, String> facts, String key, @Nullable String value) {
		if (value != null) {
			facts.put(key, value);
		}
	}

	private static final List<String> DISPOSITIONS = List.of("restock", "refurbish", "return_to_vendor", "dispose",
			"return_to_customer");

	/** The case after an action, and the event that says so. */
	record Transition(Case after, CaseTransitioned event) {
	}
}

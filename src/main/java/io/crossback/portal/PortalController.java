package io.crossback.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.Case;
import io.crossback.cases.CaseLine;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.MessageAuthor;
import io.crossback.cases.NewCase;
import io.crossback.cases.Reason;
import io.crossback.cases.Resolution;
import io.crossback.core.InvalidInput;
import io.crossback.core.TenantId;
import io.crossback.core.WireValue;
import io.crossback.orders.Order;
import io.crossback.orders.OrderLine;
import io.crossback.orders.OrderManagement;
import io.crossback.policy.ReturnPolicies;
import io.crossback.core.LanguageCode;
import io.crossback.tenancy.TenantManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class PortalController {

	static final List<Reason> REASONS = List.of(Reason.SIZE_FIT, Reason.DEFECTIVE, Reason.DAMAGED_IN_TRANSIT,
			Reason.WRONG_ITEM, Reason.NOT_AS_DESCRIBED, Reason.MISSING_PARTS, Reason.NO_REASON, Reason.OTHER);

	private final TenantManagement tenants;

	private final OrderManagement orders;

	private final CaseManagement cases;

	private final LookupLimiter limiter;

	private final TrackingPage tracking;

	private final ReturnPolicies policies;

	private final CasePhotos photoStore;

	PortalController(TenantManagement tenants, OrderManagement orders, CaseManagement cases, LookupLimiter limiter,
			TrackingPage tracking, ReturnPolicies policies, CasePhotos photoStore) {
		this.photoStore = photoStore;
		this.tenants = tenants;
		this.orders = orders;
		this.cases = cases;
		this.limiter = limiter;
		this.tracking = tracking;
		this.policies = policies;
	}

	@GetMapping("/portal/{tenant}")
	String start(@PathVariable String tenant, Model model) {
		model.addAttribute("tenant", tenant(tenant).value());
		return "portal/start";
	}

	@PostMapping("/portal/{tenant}/lookup")
	String lookup(@PathVariable String tenant, @RequestParam String orderId, @RequestParam String email,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		TenantId id = tenant(tenant);
		model.addAttribute("tenant", id.value());
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", "portal.error.tooMany");
			return "portal/start";
		}
		Optional<Order> order = verified(id, orderId, email);
		if (order.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("error", "portal.error.notFound");
			model.addAttribute("orderId", orderId);
			return "portal/start";
		}
		return orderPage(model, order.get(), email, null);
	}

	@PostMapping("/portal/{tenant}/requests")
	String submit(@PathVariable String tenant, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			HttpServletResponse response, Model model, Locale locale) throws IOException {
		TenantId id = tenant(tenant);
		model.addAttribute("tenant", id.value());
		String email = form.getFirst("email");
		Order order = verified(id, form);
		List<CaseLine> lines = claimed(order, form);
		Reason reason = reason(form);
		CaseType type = "exchange".equals(form.getFirst("resolution")) ? CaseType.EXCHANGE : CaseType.RETURN;
		Resolution preferred = WireValue.parse(Resolution.class, String.valueOf(form.getFirst("resolution")))
			.filter(r -> r != Resolution.REJECTED)
			.orElse(Resolution.REFUND);
		String message = form.getFirst("message");
		if (message != null && message.length() > 10_000) {
			message = message.substring(0, 10_000);
		}
		String key = Optional.ofNullable(form.getFirst("requestKey")).orElse(UUID.randomUUID().toString());
		List<byte[]> uploads = new ArrayList<>();
		try {
			for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
				if (photo.getSize() > CasePhotos.MAX_BYTES) {
					throw new CasePhotos.Refused("portal.error.photoSize", CasePhotos.MAX_BYTES / (1024 * 1024));
				}
				uploads.add(photo.getBytes());
			}
			uploads = CasePhotos.checked(uploads);
		}
		catch (CasePhotos.Refused e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorArg", e.limit());
			return orderPage(model, order, email, e.messageKey());
		}
		try {
			NewCase request = new NewCase(order.orderId(), type, reason, lines,
					message == null || message.isBlank() ? null : message, Channel.PORTAL, preferred);
			CaseManagement.Submission submission = cases.submit(id, "portal-" + key, "portal|" + request, request,
					new Actor(ActorRole.CUSTOMER, order.customer().id()));
			Case c = submission.result();
			if (submission.created() && !uploads.isEmpty()) {
				photoStore.store(id, c.id(), uploads);
			}
			return "redirect:/portal/" + id.value() + "/track/" + c.trackingToken();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return orderPage(model, order, email, e.errors().get(0).field().startsWith("lines")
					? "portal.error.quantity" : "portal.error.invalid");
		}
	}

	/**
	 * What the policy says about the request as filled in so far: covered or not, until which day, who pays the return
	 * shipping, what happens next. Nothing is stored. An htmx request gets the preview fragment, a plain form post the
	 * order page again with the customer's choices kept.
	 */
	@PostMapping("/portal/{tenant}/preview")
	String preview(@PathVariable String tenant, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		TenantId id = tenant(tenant);
		model.addAttribute("tenant", id.value());
		String email = form.getFirst("email");
		Order order = verified(id, form);
		List<CaseLine> lines = claimed(order, form);
		model.addAttribute("previewChecked", true);
		if (lines.isEmpty()) {
			model.addAttribute("previewError", "portal.error.quantity");
		}
		else {
			String language = LanguageCode.isValid(locale.getLanguage()) ? locale.getLanguage() : "en";
			model.addAttribute("preview", policies.preview(id, order.orderId(),
					lines.stream().map(CaseLine::lineId).toList(), reason(form), LanguageCode.of(language))
				.orElse(null));
		}
		if (htmx != null) {
			return "portal/order :: preview";
		}
		Map<String, Integer> selected = new LinkedHashMap<>();
		lines.forEach(line -> selected.put(line.lineId(), line.quantity()));
		model.addAttribute("selected", selected);
		model.addAttribute("selectedReason", reason(form).wire());
		model.addAttribute("selectedResolution", String.valueOf(form.getFirst("resolution")));
		model.addAttribute("message", form.getFirst("message"));
		return orderPage(model, order, email, null);
	}

	/** The order's lines the form claims, with quantities between 1 and what was ordered; others are left out. */
	private static List<CaseLine> claimed(Order order, MultiValueMap<String, String> form) {
		List<CaseLine> lines = new ArrayList<>();
		for (OrderLine line : order.lines()) {
			String quantity = form.getFirst("qty-" + line.lineId());
			if (quantity != null && quantity.matches("[0-9]{1,4}") && Integer.parseInt(quantity) > 0) {
				lines.add(new CaseLine(line.lineId(), Integer.parseInt(quantity)));
			}
		}
		return lines;
	}

	private static Reason reason(MultiValueMap<String, String> form) {
		return WireValue.parse(Reason.class, String.valueOf(form.getFirst("reason"))).orElse(Reason.OTHER);
	}

	@GetMapping("/portal/{tenant}/track/{token}")
	String track(@PathVariable String tenant, @PathVariable String token, Model model) {
		Case c = tracked(tenant, token);
		model.addAttribute("tenant", c.tenantId().value());
		tracking.fill(model, c);
		return "portal/track";
	}

	@PostMapping("/portal/{tenant}/track/{token}/messages")
	String reply(@PathVariable String tenant, @PathVariable String token, @RequestParam String text) {
		Case c = tracked(tenant, token);
		String body = text.strip();
		if (!body.isEmpty()) {
			cases.postMessage(c.tenantId(), c.id(), MessageAuthor.CUSTOMER,
					body.length() > 10_000 ? body.substring(0, 10_000) : body,
					new Actor(ActorRole.CUSTOMER, "portal"));
		}
		return "redirect:/portal/" + c.tenantId().value() + "/track/" + token + "#messages";
	}

	/** A photo over the multipart limit is refused before the controller sees the form: say so on the start page. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		String[] path = request.getRequestURI().split("/");
		model.addAttribute("tenant", path.length > 2 && path[2].matches("[a-z0-9][a-z0-9-]{1,63}") ? path[2] : "demo");
		model.addAttribute("error", "portal.error.photoSize");
		model.addAttribute("errorArg", CasePhotos.MAX_BYTES / (1024 * 1024));
		return "portal/start";
	}

	private Case tracked(String tenant, String token) {
		Case c = cases.findByTrackingToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!c.tenantId().value().equals(tenant)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return c;
	}

	private String orderPage(Model model, Order order, @Nullable String email, @Nullable String error) {
		model.addAttribute("order", order);
		model.addAttribute("email", email);
		model.addAttribute("reasons", REASONS.stream().map(Reason::wire).toList());
		model.addAttribute("requestKey", UUID.randomUUID().toString());
		model.addAttribute("claimable", claimable(order));
		model.addAttribute("maxPhotos", CasePhotos.MAX_PHOTOS);
		model.addAttribute("maxPhotoMegabytes", CasePhotos.MAX_BYTES / (1024 * 1024));
		if (error != null) {
			model.addAttribute("error", error);
		}
		return "portal/order";
	}

	private Map<String, Integer> claimable(Order order) {
		Map<String, Integer> open = new LinkedHashMap<>();
		order.lines().forEach(line -> open.put(line.lineId(), line.quantity()));
		return open;
	}

	/** The order the form names by its number and the customer's e-mail, or 404 (the form comes from the order page). */
	private Order verified(TenantId tenant, MultiValueMap<String, String> form) {
		String orderId = form.getFirst("orderId");
		String email = form.getFirst("email");
		return verified(tenant, orderId == null ? "" : orderId, email == null ? "" : email)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Optional<Order> verified(TenantId tenant, String orderId, String email) {
		if (orderId.isBlank() || orderId.length() > 64 || email.isBlank()) {
			return Optional.empty();
		}
		return orders.find(tenant, orderId.strip())
			.filter(o -> o.customer().email() != null
					&& o.customer().email().equalsIgnoreCase(email.strip()));
	}

	private TenantId tenant(String tenant) {
		if (!tenant.matches("[a-z0-9][a-z0-9-]{1,63}") || !tenants.exists(TenantId.of(tenant))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return TenantId.of(tenant);
	}
}

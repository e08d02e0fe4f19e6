package io.crossback.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.Case;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CaseType;
import io.crossback.cases.CaseViewContributor;
import io.crossback.cases.MessageAuthor;
import io.crossback.cases.StaleCase;
import io.crossback.cases.TransitionNotAllowed;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.core.WireValue;
import io.crossback.orders.OrderManagement;
import io.crossback.orders.Sales;
import io.crossback.portal.CasePhotos;
import io.crossback.routing.Queues;
import io.crossback.routing.Queues.QueuedCase;
import io.crossback.sla.Deadlines;
import io.crossback.triage.TriageCorrections;

@Controller
class ConsoleController {

	static final List<String> MACROS = List.of("thanks", "label", "photo", "refund");

	private final CaseManagement cases;

	private final OrderManagement orders;

	private final ObjectProvider<CaseViewContributor> contributors;

	private final MessageSource messages;

	private final Queues queues;

	private final CaseOpenings openings;

	private final Deadlines deadlines;

	private final CasePhotos photos;

	private final TriageCorrections triage;

	private final Sales sales;

	static final int QUEUE_PAGE = 100;

	/** The evidence log's key steps of a case, named on the case view's proof list. */
	static final List<String> PROOF_EVENTS = List.of("case_created", "photos_added", "approved", "goodwill_override",
			"rejected", "label_issued", "pickup", "received", "inspected", "resolved", "refund_confirmed", "dispute_opened",
			"dispute_decided");

	static final String DEFAULT_TEAM = "customer_service";

	ConsoleController(CaseManagement cases, OrderManagement orders, ObjectProvider<CaseViewContributor> contributors,
			MessageSource messages, Queues queues, Deadlines deadlines, CasePhotos photos,
			TriageCorrections triage, Sales sales, CaseOpenings openings) {
		this.openings = openings;
		this.photos = photos;
		this.triage = triage;
		this.sales = sales;
		this.cases = cases;
		this.orders = orders;
		this.contributors = contributors;
		this.messages = messages;
		this.queues = queues;
		this.deadlines = deadlines;
	}

	/** A line of a queue: the case, routing's priority for it (null if routing does not know it) and its next SLA deadline. */
	record QueueRow(Case c, @Nullable QueuedCase priority, Deadlines.@Nullable Deadline sla, boolean fresh) {

		QueueRow(Case c, @Nullable QueuedCase priority, Deadlines.@Nullable Deadline sla) {
			this(c, priority, sla, false);
		}
	}

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	/**
	 * The agent's queues, each in routing's priority order: {@code mine} (cases routing gave the user's routing agent,
	 * whose id is the username), {@code team} (cases waiting in a team's queue) and {@code all} open cases. {@code q}
	 * (an order number) lists that order's cases instead, open or not.
	 */
	@GetMapping("/console")
	String queue(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "mine") String view,
			@RequestParam(required = false) @Nullable String team, @RequestParam(required = false) @Nullable String q,
			Model model) {
		TenantId tenant = user.tenantId();
		List<String> teams = queues.teamsOf(tenant, user.username()).stream().sorted().toList();
		String shownTeam = team != null && team.matches("[a-z0-9_.-]{1,64}") ? team
				: teams.isEmpty() ? DEFAULT_TEAM : teams.get(0);
		List<QueueRow> rows = switch (view) {
			case "team" -> rows(tenant, queues.waiting(tenant, shownTeam, QUEUE_PAGE));
			case "all" -> cases.openCases(tenant, QUEUE_PAGE)
				.stream()
				.map(c -> new QueueRow(c, queues.ofCase(tenant, c.id()).orElse(null),
						deadlines.next(tenant, c.id()).orElse(null)))
				.sorted(ALL_ORDER)
				.toList();
			default -> newFirst(tenant, user.username(), rows(tenant, queues.ownedBy(tenant, user.username(), QUEUE_PAGE)));
		};
		String filter = q == null ? "" : q.strip();
		if (!filter.isEmpty()) {
			// an order number finds its cases wherever they are, also past the first page of the queue
			String wanted = filter.length() > 64 ? filter.substring(0, 64) : filter;
			rows = cases.list(tenant, null, null, wanted, null, null, QUEUE_PAGE)
				.items()
				.stream()
				.map(c -> new QueueRow(c, queues.ofCase(tenant, c.id()).orElse(null),
						deadlines.next(tenant, c.id()).orElse(null)))
				.sorted(ALL_ORDER)
				.toList();
		}
		model.addAttribute("user", user);
		model.addAttribute("view", switch (view) {
			case "team", "all" -> view;
			default -> "mine";
		});
		model.addAttribute("team", shownTeam);
		model.addAttribute("teams", teams.isEmpty() ? List.of(DEFAULT_TEAM) : teams);
		model.addAttribute("hasAgent", !teams.isEmpty());
		model.addAttribute("q", filter);
		model.addAttribute("rows", rows);
		return "console/queue";
	}

	/**
	 * "My queue": the cases the user has not opened yet come first, newest first (like an inbox: what just arrived is on
	 * top, marked new), then the rest in routing's priority order.
	 */
	private List<QueueRow> newFirst(TenantId tenant, String username, List<QueueRow> byPriority) {
		Set<CaseId> opened = openings.openedAmong(tenant, username,
				byPriority.stream().map(row -> row.c().id()).toList());
		List<QueueRow> fresh = byPriority.stream()
			.filter(row -> !opened.contains(row.c().id()))
			.map(row -> new QueueRow(row.c(), row.priority(), row.sla(), true))
			.sorted(Comparator.comparing((QueueRow row) -> row.c().createdAt()).reversed())
			.toList();
		List<QueueRow> rows = new ArrayList<>(fresh);
		byPriority.stream().filter(row -> opened.contains(row.c().id())).forEach(rows::add);
		return rows;
	}

	/** Open cases routing has not scored (yet) go last; the rest by score, then oldest first. */
	private static final Comparator<QueueRow> ALL_ORDER = Comparator
		.comparingInt((QueueRow row) -> row.priority() == null ? -1 : row.priority().score())
		.reversed()
		.thenComparing(row -> row.c().createdAt());

	private List<QueueRow> rows(TenantId tenant, List<QueuedCase> queued) {
		List<QueueRow> rows = new ArrayList<>(queued.size());
		for (QueuedCase item : queued) {
			try {
				Case c = cases.find(tenant, item.caseId());
				rows.add(new QueueRow(c, item, deadlines.next(tenant, c.id()).orElse(null)));
			}
			catch (NotFound e) {
				// erased or not visible: routing may briefly know a case the page cannot show
			}
		}
		return rows;
	}

	@GetMapping("/console/cases/{id}")
	String show(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, Model model) {
		Case c = cases.find(user.tenantId(), caseId(id));
		openings.opened(user.tenantId(), user.username(), c.id());
		model.addAttribute("user", user);
		model.addAttribute("case", c);
		model.addAttribute("order", orders.find(user.tenantId(), c.orderId()).orElse(null));
		model.addAttribute("timeline", cases.timeline(user.tenantId(), c.id()));
		model.addAttribute("messages", cases.messages(user.tenantId(), c.id()));
		model.addAttribute("actions", c.allowedActions().stream().map(CaseAction::wire).toList());
		Map<String, List<Map.Entry<String, String>>> sections = new LinkedHashMap<>();
		contributors.orderedStream()
			.forEach(contributor -> contributor.contribute(user.tenantId(), c.id())
				.ifPresent(value -> sections.put(contributor.key(), Flattened.of(value))));
		model.addAttribute("sections", sections);
		Locale customer = Locale.forLanguageTag(c.customerLanguage().value());
		Map<String, String> macros = new LinkedHashMap<>();
		MACROS.forEach(name -> macros.put(name, messages.getMessage("macro." + name, null, customer)));
		model.addAttribute("macros", macros);
		model.addAttribute("photos", photos.of(user.tenantId(), c.id()));
		List<Map.Entry<String, String>> triaged = sections.getOrDefault("triage", List.of());
		model.addAttribute("triageCategory", triaged.stream().filter(row -> row.getKey().equals("category"))
			.map(row -> row.getValue().toLowerCase(Locale.ROOT)).findFirst().orElse(null));
		model.addAttribute("triageEmotions", triaged.stream()
			.filter(row -> row.getKey().matches("emotions\\[\\d+\\]\\.emotion"))
			.map(row -> row.getValue().toLowerCase(Locale.ROOT))
			.toList());
		model.addAttribute("proofEvents", PROOF_EVENTS);
		model.addAttribute("categories", triage.categories());
		model.addAttribute("emotions", triage.emotions());
		return "console/case";
	}

	/** A photo the customer attached, for the agent's eyes only: served with its checked type, never sniffed. */
	@GetMapping("/console/cases/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@PathVariable String photoId) {
		UUID photo;
		try {
			photo = UUID.fromString(photoId);
		}
		catch (IllegalArgumentException e) {
			throw new NotFound("no photo " + photoId);
		}
		CasePhotos.Photo found = photos.find(user.tenantId(), caseId(id), photo)
			.orElseThrow(() -> new NotFound("no photo " + photoId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.info().contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(found.data());
	}

	@PostMapping("/console/cases/{id}/actions/{action}")
	String act(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, @PathVariable String action,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		CaseAction parsed = WireValue.parse(CaseAction.class, action).orElseThrow(() -> new NotFound(action));
		Map<String, String> data = new LinkedHashMap<>();
		form.forEach((key, values) -> {
			if (!key.equals("version") && !key.equals("_csrf") && !values.isEmpty() && !values.get(0).isBlank()) {
				data.put(key, values.get(0));
			}
		});
		try {
			cases.act(user.tenantId(), caseId(id), parsed, Long.parseLong(String.valueOf(form.getFirst("version"))),
					data, new Actor(ActorRole.AGENT, user.username()));
		}
		catch (StaleCase e) {
			redirect.addFlashAttribute("error", "console.error.stale");
		}
		catch (TransitionNotAllowed | InvalidInput | NumberFormatException e) {
			redirect.addFlashAttribute("error", "console.error.invalid");
			redirect.addFlashAttribute("detail", e.getMessage());
		}
		return "redirect:/console/cases/" + id;
	}

	/** An agent's correction of the case's triage (category, emotions), stored as labelled feedback for retraining. */
	@PostMapping("/console/cases/{id}/triage")
	String correctTriage(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable List<String> emotions, RedirectAttributes redirect) {
		try {
			triage.correct(user.tenantId(), caseId(id), category == null || category.isBlank() ? null : category,
					emotions, user.username());
			redirect.addFlashAttribute("notice", "console.triage.saved");
		}
		catch (InvalidInput | NotFound e) {
			redirect.addFlashAttribute("error", "console.error.invalid");
			redirect.addFlashAttribute("detail", e.getMessage());
		}
		return "redirect:/console/cases/" + id + "#triage";
	}

	@PostMapping("/console/cases/{id}/messages")
	String reply(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, @RequestParam String text,
			@RequestParam(defaultValue = "agent") String author) {
		MessageAuthor as = "internal".equals(author) ? MessageAuthor.INTERNAL : MessageAuthor.AGENT;
		String body = text.strip();
		if (!body.isEmpty()) {
			cases.postMessage(user.tenantId(), caseId(id), as, body.length() > 10_000 ? body.substring(0, 10_000) : body,
					new Actor(ActorRole.AGENT, user.username()));
		}
		return "redirect:/console/cases/" + id + "#messages";
	}

	@GetMapping("/console/dashboard")
	String dashboard(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("byStatus", cases.countBy(user.tenantId(), "status"));
		model.addAttribute("byMarket", cases.countBy(user.tenantId(), "market"));
		model.addAttribute("byReason", cases.countBy(user.tenantId(), "reason"));
		ReturnRates rates = returnRates(user.tenantId());
		model.addAttribute("rateByCategory", rates.byCategory());
		model.addAttribute("rateByMarket", rates.byMarket());
		return "console/dashboard";
	}

	/** Return rates in percent (one decimal): returned units per sold units by category, return cases per order by market. */
	record ReturnRates(Map<String, Double> byCategory, Map<String, Double> byMarket) {
	}

	static final int MAX_CASES_FOR_RATES = 10_000;

	/**
	 * Return and exchange cases against what was sold. Reads the tenant's return cases page by page with their orders
	 * (cached per order): fine for a dashboard of thousands of cases; an analytics read model should take over beyond.
	 */
	ReturnRates returnRates(TenantId tenant) {
		Sales.Summary sold = sales.of(tenant);
		Map<String, Long> returnedUnits = new java.util.TreeMap<>();
		Map<String, Long> returnCases = new java.util.TreeMap<>();
		Map<String, java.util.Optional<io.crossback.orders.Order>> orderCache = new java.util.HashMap<>();
		int read = 0;
		for (CaseType type : List.of(CaseType.RETURN, CaseType.EXCHANGE)) {
			String cursor = null;
			do {
				CaseManagement.Page page = cases.list(tenant, null, type, null, null, cursor, 200);
				for (Case c : page.items()) {
					returnCases.merge(c.market().value(), 1L, Long::sum);
					var order = orderCache.computeIfAbsent(c.orderId(), orderId -> orders.find(tenant, orderId));
					order.ifPresent(o -> c.lines().forEach(line -> o.lines().stream()
						.filter(ordered -> ordered.lineId().equals(line.lineId()))
						.findFirst()
						.ifPresent(ordered -> returnedUnits.merge(ordered.category(), (long) line.quantity(), Long::sum))));
				}
				read += page.items().size();
				cursor = page.nextCursor();
			}
			while (cursor != null && read < MAX_CASES_FOR_RATES);
		}
		return new ReturnRates(percent(returnedUnits, sold.unitsByCategory()), percent(returnCases, sold.ordersByMarket()));
	}

	private static Map<String, Double> percent(Map<String, Long> part, Map<String, Long> whole) {
		Map<String, Double> rates = new LinkedHashMap<>();
		whole.forEach((key, total) -> {
			if (total > 0) {
				rates.put(key, Math.round(1000.0 * part.getOrDefault(key, 0L) / total) / 10.0);
			}
		});
		return rates;
	}

	private static CaseId caseId(String id) {
		try {
			return CaseId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFound("no case " + id);
		}
	}

	/** Turns a module's section of the case (maps, lists, values) into label/value rows for the page. */
	static final class Flattened {

		static List<Map.Entry<String, String>> of(Object value) {
			List<Map.Entry<String, String>> rows = new ArrayList<>();
			walk("", value, rows);
			return rows;
		}

		private static void walk(String prefix, @Nullable Object value, List<Map.Entry<String, String>> rows) {
			if (value instanceof Map<?, ?> map) {
				map.forEach((k, v) -> walk(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, rows));
			}
			else if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					walk(prefix + "[" + i + "]", list.get(i), rows);
				}
			}
			else if (value instanceof Record record) {
				for (var component : record.getClass().getRecordComponents()) {
					try {
						component.getAccessor().setAccessible(true);
						walk(prefix.isEmpty() ? component.getName() : prefix + "." + component.getName(),
								component.getAccessor().invoke(record), rows);
					}
					catch (ReflectiveOperationException e) {
						rows.add(Map.entry(prefix, String.valueOf(record)));
						return;
					}
				}
			}
			else if (value != null) {
				rows.add(Map.entry(prefix, String.valueOf(value)));
			}
		}
	}
}

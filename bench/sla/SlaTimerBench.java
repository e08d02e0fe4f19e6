import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.crossback.CrossbackApplication;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.Reason;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;
import io.crossback.sla.SlaBreached;
import io.crossback.tenancy.TenantManagement;

/**
 * How many active SLA timers one instance handles while detecting each breach within 1 s of its due instant.
 * Starts the application (embedded H2 by default; pass --spring.datasource.* for PostgreSQL), gives one tenant a
 * first-response target of 10 minutes on the 24/7 calendar, submits N cases through the event outbox whose due
 * instants spread evenly over a window, then records for every SlaBreached event how late it fired.
 * Each case has two timers (at risk at 75 %, breach), so 2 N timers are active.
 *
 * Usage: bench/sla/run.sh N [windowSeconds] [extra Spring args...]
 */
public class SlaTimerBench {

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		int windowSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--crossback.demo.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--logging.level.root=WARN", "--crossback.privacy.key-file="));
		for (int i = 2; i < args.length; i++) {
			springArgs.add(args[i]);
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CrossbackApplication.class, Recorder.class)
			.run(springArgs.toArray(String[]::new));
		Recorder recorder = app.getBean(Recorder.class);
		String tenantId = "bench-" + Long.toString(System.nanoTime(), 36);
		String key = app.getBean(TenantManagement.class).createTenant(tenantId, "Bench").apiKey();
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/sla-policies"))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"policies": [{"name": "bench", "targets": [{"metric": "first_response", "duration": "PT10M",
					 "calendarId": "24x7"}], "escalations": {"atRisk": ["notify_team_lead"], "breach": ["reassign"]}}]}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (put.statusCode() != 200) {
			throw new IllegalStateException("policy not stored: " + put.body());
		}

		TenantId tenant = TenantId.of(tenantId);
		ApplicationEventPublisher events = app;
		TransactionTemplate tx = app.getBean(TransactionTemplate.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		Instant firstStart = Instant.now();
		long stepNanos = Duration.ofSeconds(windowSeconds).toNanos() / n;
		Instant setupStarted = Instant.now();
		for (int batch = 0; batch < n; batch += 500) {
			int from = batch;
			tx.executeWithoutResult(status -> {
				for (int i = from; i < Math.min(from + 500, n); i++) {
					events.publishEvent(new CaseSubmitted(tenant, CaseId.random(), CaseType.INQUIRY, Reason.OTHER,
							Channel.API, "order-" + i, CountryCode.of("DE"), LanguageCode.of("de"), false, "",
							firstStart.plusNanos(stepNanos * i)));
				}
			});
		}
		while (jdbc.sql("select count(*) from sla_metric where tenant_id = ?").param(tenantId).query(Long.class).single() < n) {
			Thread.sleep(200);
		}
		Instant setupDone = Instant.now();
		Instant firstDue = firstStart.plus(Duration.ofMinutes(10));
		System.out.printf("setup: %d cases (%d timers) in %s; first due in %s%n", n, 2 * n,
				Duration.between(setupStarted, setupDone), Duration.between(setupDone, firstDue));
		if (setupDone.isAfter(firstDue.minusSeconds(150))) {
			System.out.println("WARNING: setup ran into the due window (at-risk timers already firing); lags below include that load");
		}
		Instant deadline = firstDue.plusSeconds(windowSeconds).plus(Duration.ofMinutes(5));
		while (recorder.lags.size() < n && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
		}
		List<Long> lags = new ArrayList<>(recorder.lags);
		Collections.sort(lags);
		long within = lags.stream().filter(l -> l <= 1000).count();
		System.out.printf("breaches: %d of %d; lag ms p50=%d p95=%d p99=%d max=%d; within 1 s: %.2f %%%n", lags.size(), n,
				pct(lags, 50), pct(lags, 95), pct(lags, 99), lags.isEmpty() ? -1 : lags.get(lags.size() - 1),
				100.0 * within / n);
		app.close();
	}

	static long pct(List<Long> sorted, int p) {
		return sorted.isEmpty() ? -1 : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	/** Records how late each breach fired: the event's instant minus the due instant. */
	public static class Recorder {

		final List<Long> lags = new CopyOnWriteArrayList<>();

		@EventListener
		public void on(SlaBreached event) {
			lags.add(Duration.between(event.dueAt(), event.at()).toMillis());
		}
	}
}

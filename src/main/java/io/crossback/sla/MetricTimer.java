package io.crossback.sla;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.crossback.calendars.BusinessCalendar;
import io.crossback.cases.CaseId;
import io.crossback.core.CountryCode;
import io.crossback.core.TenantId;

/**
 * One SLA metric of one case: how much business time its target allows ({@code budget}), how much it has used, and,
 * while it runs, when it will be at risk and when it breaches. Pausing banks the business time used so far; resuming
 * computes new instants from the remaining budget, so a pause shifts the due instant by exactly the business time it
 * lasted. Every change of the due instant bumps {@code generation}, which makes timers scheduled for an older
 * generation harmless. Immutable: each transition answers a new value.
 */
record MetricTimer(TenantId tenantId, CaseId caseId, SlaMetric metric, String policy, CountryCode market,
		String target, String calendarId, MetricStatus status, Instant startedAt, @Nullable Instant runningSince,
		Duration elapsed, Duration budget, @Nullable Instant dueAt, @Nullable Instant atRiskAt, boolean atRisk,
		@Nullable Instant breachedAt, @Nullable Instant finishedAt, int generation, long version) {

	/** A running metric whose budget ends at {@code dueAt} (computed by the caller from the target). */
	static MetricTimer start(TenantId tenantId, CaseId caseId, SlaMetric metric, String policy, CountryCode market,
			String target, String calendarId, Instant at, Instant dueAt, BusinessCalendar calendar, int atRiskPercent,
			int generation, long version) {
		Duration budget = calendar.businessTimeBetween(at, dueAt);
		Instant atRiskAt = calendar.plusBusinessTime(at, share(budget, atRiskPercent));
		return new MetricTimer(tenantId, caseId, metric, policy, market, target, calendarId, MetricStatus.ACTIVE, at,
				at, Duration.ZERO, budget, dueAt, atRiskAt, false, null, null, generation, version);
	}

	boolean isRunning() {
		return status == MetricStatus.ACTIVE || (status == MetricStatus.BREACHED && finishedAt == null);
	}

	boolean isOpen() {
		return finishedAt == null && status != MetricStatus.ACHIEVED && status != MetricStatus.STOPPED;
	}

	/** Business time used up to {@code now}. */
	Duration elapsedAt(Instant now, BusinessCalendar calendar) {
		return runningSince == null ? elapsed : elapsed.plus(calendar.businessTimeBetween(runningSince, now));
	}

	/** Business time left at {@code now}; zero once used up. */
	Duration remainingAt(Instant now, BusinessCalendar calendar) {
		Duration left = budget.minus(elapsedAt(now, calendar));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Stops the clock; the due instant is unknown until the metric resumes. */
	MetricTimer pause(Instant at, BusinessCalendar calendar) {
		if (status != MetricStatus.ACTIVE) {
			return this;
		}
		return new MetricTimer(tenantId, caseId, metric, policy, market, target, calendarId, MetricStatus.PAUSED,
				startedAt, null, elapsedAt(at, calendar), budget, null, null, atRisk, breachedAt, finishedAt,
				generation + 1, version);
	}

	/** Restarts the clock with the budget that was left when it paused. */
	MetricTimer resume(Instant at, BusinessCalendar calendar, int atRiskPercent) {
		if (status != MetricStatus.PAUSED) {
			return this;
		}
		Duration left = budget.minus(elapsed);
		Instant due = calendar.plusBusinessTime(at, left.isNegative() ? Duration.ZERO : left);
		Instant riskAt = null;
		if (!atRisk) {
			Duration untilRisk = share(budget, atRiskPercent).minus(elapsed);
			riskAt = calendar.plusBusinessTime(at, untilRisk.isNegative() ? Duration.ZERO : untilRisk);
		}
		return new MetricTimer(tenantId, caseId, metric, policy, market, target, calendarId, MetricStatus.ACTIVE,
				startedAt, at, elapsed, budget, due, riskAt, atRisk, breachedAt, finishedAt, generation + 1, version);
	}

	/**
	 * The metric's event happened. Achieved if it came in time; breached if it came after the due instant, even when
	 * the breach timer has not fired yet.
	 */
	MetricTimer achieve(Instant at, BusinessCalendar calendar) {
		if (!isOpen()) {
			return this;
		}
		boolean late = status == MetricStatus.BREACHED || (dueAt != null && at.isAfter(dueAt));
		Instant breached = breachedAt != null ? breachedAt : late ? dueAt : null;
		return new MetricTimer(tenantId, caseId, metric, policy, market, target, calendarId,
				late ? MetricStatus.BREACHED : MetricStatus.ACHIEVED, startedAt, null, elapsedAt(at, calendar), budget,
				dueAt, atRiskAt, atRisk, breached, at, generation + 1, version);
	}

	/** The case ended before the metric's event; a metric already breached stays breached. */
	MetricTimer stop(Instant at, BusinessCalendar calendar) {
		if (!isOpen()) {
			return this;
		}
		return new MetricTimer(tenantId, caseId, metric, policy, market, target, calendarId,
				status == MetricStatus.BREACHED ? MetricStatus.BREACHED : MetricStatus.STOPPED, startedAt, null,
				elapsedAt(at, calendar), budget, dueAt, atRiskAt, atRisk, breachedAt, at, generation + 1, version);
	}

	/** The at-risk timer of this generation fired. */
	MetricTimer markAtRisk() {
		return new MetricTimer(tenantId, caseId, metric, policy, market, target, calendarId, status, startedAt,
				runningSince, elapsed, budget, dueAt, atRiskAt, true, breachedAt, finishedAt, generation, version);
	}

	/** The breach timer of this generation fired; the clock keeps running until the metric's event comes. */
	MetricTimer breach() {
		return new MetricTimer(tenantId, caseId, metric, policy, market, target, calendarId, MetricStatus.BREACHED,
				startedAt, runningSince, elapsed, budget, dueAt, atRiskAt, true, dueAt, finishedAt, generation, version);
	}

	private static Duration share(Duration budget, int percent) {
		return Duration.ofMillis(budget.toMillis() * percent / 100);
	}
}

package io.crossback.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossback.calendars.WorkingDays;
import io.crossback.cases.Resolution;
import io.crossback.core.WireValue;
import io.crossback.orders.ItemKind;
import io.crossback.core.CountryCode;
import io.crossback.core.Money;

/**
 * A merchant's own return policy for one market (a country code, or {@code default} for every market without one).
 * It may be more generous than the law; the engine never lets it be less.
 */
record MerchantPolicy(String market, int returnWindowDays, DayKind dayKind, ShippingPayer returnShippingPayer,
		BigDecimal restockingFeePercent, Set<ItemKind> excludedItemKinds, @Nullable Money returnlessRefundBelow,
		List<Resolution> allowedResolutions, ReturnMethod returnMethod, CodRefundMethod codRefundMethod,
		long version) {

	static final String DEFAULT = "default";

	MerchantPolicy {
		Objects.requireNonNull(market, "market");
		Objects.requireNonNull(dayKind, "dayKind");
		Objects.requireNonNull(returnShippingPayer, "returnShippingPayer");
		Objects.requireNonNull(restockingFeePercent, "restockingFeePercent");
		excludedItemKinds = Set.copyOf(excludedItemKinds);
		allowedResolutions = allowedResolutions.stream().distinct().sorted().toList();
		Objects.requireNonNull(returnMethod, "returnMethod");
		Objects.requireNonNull(codRefundMethod, "codRefundMethod");
	}

	/** What this policy says about a request in {@code calendar}'s country (null for the EU file itself). */
	MerchantAnswer evaluate(ReturnRequest request, @Nullable CountryCode calendar, WorkingDays workingDays) {
		LocalDate lastDay = switch (dayKind) {
			case CALENDAR -> request.deliveredOn().plusDays(returnWindowDays);
			case BUSINESS -> calendar == null ? plusWeekdays(request.deliveredOn(), returnWindowDays)
					: workingDays.plusWorkingDays(calendar, null, request.deliveredOn(), returnWindowDays);
		};
		boolean eligible = !excludedItemKinds.contains(request.itemKind()) && !request.requestedOn().isAfter(lastDay);
		return new MerchantAnswer(eligible, lastDay, eligible ? returnShippingPayer : null, restockingFeePercent, version,
				market);
	}

	private static LocalDate plusWeekdays(LocalDate start, int days) {
		LocalDate day = start;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (day.getDayOfWeek().getValue() <= 5) {
				counted++;
			}
		}
		return day;
	}

	/** How the consumer hands the parcel over. */
	enum ReturnMethod implements WireValue {
		PICKUP, DROP_OFF, BOTH
	}

	/** How a cash-on-delivery order is refunded. */
	enum CodRefundMethod implements WireValue {
		BANK_TRANSFER, WALLET, STORE_CREDIT
	}
}

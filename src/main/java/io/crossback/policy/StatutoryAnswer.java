package io.crossback.policy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.crossback.orders.ItemKind;

/**
 * What the law of a market says about one return request. {@code lastDay} is the last day on which a request is in
 * time (also when it has passed), null when no period applies; {@code returnShippingPayer} is null when there is no
 * right. {@code withdrawalLastDay} is kept for the explanation when the answer rests on another basis.
 */
record StatutoryAnswer(boolean right, Basis basis, @Nullable LocalDate lastDay, @Nullable DayKind dayKind,
		@Nullable ShippingPayer returnShippingPayer, @Nullable Integer refundDeadlineDays, String law,
		@Nullable ItemKind exception, String ruleVersion, @Nullable LocalDate withdrawalLastDay,
		boolean extendedForMissingInformation) {
}

package io.crossback.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency. The scale never exceeds the currency's minor units, so
 * {@code 59.90 EUR} and {@code 1000 JPY} are valid and {@code 1.001 EUR} is not.
 */
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		if (amount.stripTrailingZeros().scale() > digits) {
			throw new IllegalArgumentException(
					"%s has at most %d decimal places: %s".formatted(currency, digits, amount.toPlainString()));
		}
		amount = amount.setScale(digits);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currency));
	}

	public static Money ofMinor(long minorUnits, Currency currency) {
		return new Money(BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0)), currency);
	}

	public long minorUnits() {
		return amount.movePointRight(amount.scale()).longValueExact();
	}

	public Money times(int quantity) {
		return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public boolean isLessThan(Money other) {
		requireSameCurrency(other);
		return amount.compareTo(other.amount) < 0;
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
		}
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency.getCurrencyCode();
	}
}

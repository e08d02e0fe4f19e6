package io.crossback.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The intent of a customer message. Travels as a lower-case snake-case word. */
public enum Category {

	WHERE_IS_MY_ORDER, RETURN_REQUEST, REFUND, DAMAGED_DEFECTIVE, WRONG_ITEM, SIZE_FIT, WARRANTY_REPAIR, CANCELLATION, PAYMENT_BILLING, OTHER;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Category> parse(String wire) {
		return Arrays.stream(values()).filter(v -> v.wire().equals(wire)).findFirst();
	}

	public static List<String> allowed() {
		return Arrays.stream(values()).map(Category::wire).toList();
	}
}

package io.crossback.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Plain-language reasons for a decision, in English and in the market's language(s), from the message bundles under
 * {@code policy/i18n/explanations*.properties}. Names the law and the dates, as the customer portal and the agent
 * console show them.
 */
@Component
class Explanations {

	static final String BUNDLE = "policy.i18n.explanations";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	Map<String, String> explain(List<String> languages, StatutoryAnswer statutory, @Nullable MerchantAnswer merchant,
			EffectiveAnswer effective) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("en", explain(Locale.ENGLISH, statutory, merchant, effective));
		for (String language : languages) {
			if (!texts.containsKey(language) && speaks(language)) {
				texts.put(language, explain(Locale.forLanguageTag(language), statutory, merchant, effective));
			}
		}
		return texts;
	}

	/** Whether there is a translation for {@code language} (English is the root bundle). */
	static boolean speaks(String language) {
		Locale locale = Locale.forLanguageTag(language);
		return "en".equals(language)
				|| ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getLocale().getLanguage().equals(locale.getLanguage());
	}

	String explain(Locale locale, StatutoryAnswer statutory, @Nullable MerchantAnswer merchant,
			EffectiveAnswer effective) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
		List<String> sentences = new ArrayList<>();
		String key = switch (statutory.basis()) {
			case WITHDRAWAL -> "withdrawal";
			case LEGAL_GUARANTEE -> statutory.lastDay() == null ? "guarantee.open" : "guarantee";
			case EXPIRED -> "expired";
			case EXCLUDED -> "excluded";
			case DISPLACED_BY_SELLER_TERMS -> "displaced";
			case NONE -> "none";
		};
		sentences.add(fill(bundle.getString(key), locale, statutory.law(), statutory.lastDay()));
		if (statutory.extendedForMissingInformation() && statutory.basis() == Basis.WITHDRAWAL) {
			sentences.add(bundle.getString("withdrawal.extended"));
		}
		if (merchant != null) {
			sentences.add(merchant.eligible()
					? fill(bundle.getString("merchant.eligible"), locale, statutory.law(), merchant.lastDay())
					: bundle.getString("merchant.ineligible"));
		}
		if (merchant != null && effective.source() == EffectiveAnswer.Source.STATUTORY && statutory.right()) {
			sentences.add(bundle.getString("statutory.prevails"));
		}
		if (effective.eligible() && effective.returnShippingPayer() != null
				&& effective.returnShippingPayer() != ShippingPayer.UNSPECIFIED) {
			sentences.add(bundle.getString("payer." + effective.returnShippingPayer().wire()));
		}
		return String.join(" ", sentences);
	}

	private static String fill(String template, Locale locale, String law, @Nullable LocalDate date) {
		String filled = template.replace("{law}", law);
		if (date != null) {
			filled = filled.replace("{date}", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
				.format(date));
		}
		return filled;
	}
}

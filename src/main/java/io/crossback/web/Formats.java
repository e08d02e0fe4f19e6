package io.crossback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import io.crossback.core.Money;

/**
 * Dates, numbers and money in the page's language, for templates: {@code ${@formats.money(line.unitPrice)}}. Dates
 * and times are shown in the zone given, UTC when none.
 */
@Component("formats")
public class Formats {

	public String money(@Nullable Money money) {
		if (money == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(Currency.getInstance(money.currency().getCurrencyCode()));
		return format.format(money.amount());
	}

	public String date(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale());
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(date.atStartOfDay(ZoneId.of("UTC")).toInstant()));
	}

	public String dateTime(@Nullable Instant instant, @Nullable String zone) {
		if (instant == null) {
			return "";
		}
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
		format.setTimeZone(TimeZone.getTimeZone(zone == null ? "UTC" : zone));
		return format.format(Date.from(instant));
	}

	public String number(long value) {
		return NumberFormat.getInstance(locale()).format(value);
	}

	public String dir() {
		return Languages.isRightToLeft(LocaleContextHolder.getLocale()) ? "rtl" : "ltr";
	}

	public String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	public java.util.List<String> languages() {
		return Languages.SUPPORTED;
	}

	public String languageName(String code) {
		Locale locale = Locale.forLanguageTag(code);
		return locale.getDisplayLanguage(locale);
	}

	private static ULocale locale() {
		return ULocale.forLocale(LocaleContextHolder.getLocale());
	}
}

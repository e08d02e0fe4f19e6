package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.crossback.calendars.WorkingDays;
import io.crossback.cases.Reason;
import io.crossback.core.WireValue;
import io.crossback.orders.ItemKind;

/**
 * Worked examples per market. Each row names the provision it follows; dates were counted by hand against the
 * provision's counting rule and the public-holiday calendar of the year.
 */
class StatutoryRightsTests {

	static final MarketRuleBook BOOK = new MarketRuleBook();

	StatutoryRights rights = new StatutoryRights(new WorkingDays());

	@ParameterizedTest(name = "{0} delivered {1}, asked {2} ({3}, {4}) -> {9} until {10}: {14}")
	@CsvSource(nullValues = "-", delimiter = '|', textBlock = """
			DE | 2026-11-07 | 2026-11-23 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-23 | consumer | - | - | issue #4 example: day 14 is Sat 21 Nov, BGB § 193 rolls to Mon 23 Nov
			DE | 2026-11-07 | 2026-11-24 | no_reason | normal | false | true | true | false | expired | 2026-11-23 | - | - | - | a day after the rolled last day is late
			DE | 2026-12-11 | 2026-12-28 | size_fit | normal | false | true | true | true | withdrawal | 2026-12-28 | consumer | - | - | day 14 is Christmas Day, then Boxing Day and a Sunday: Mon 28 Dec
			DE | 2026-11-07 | 2027-11-22 | no_reason | normal | false | false | true | true | withdrawal | 2027-11-22 | consumer | - | - | BGB § 356(3): 12 months and 14 days = Sun 21 Nov 2027, rolls to Monday
			DE | 2026-11-07 | 2027-11-23 | no_reason | normal | false | false | true | false | expired | 2027-11-22 | - | - | - | the uninformed extension ends too
			DE | 2026-11-07 | 2026-11-20 | defective | normal | false | true | true | true | withdrawal | 2026-11-23 | seller | - | - | a faulty item within the period: the seller bears the return (guarantee route open)
			DE | 2026-01-10 | 2027-06-01 | defective | normal | false | true | true | true | legal_guarantee | 2028-01-10 | seller | - | - | BGB § 438(1) Nr. 3: two years from delivery
			DE | 2026-01-10 | 2028-01-11 | not_as_described | normal | false | true | true | false | expired | 2028-01-10 | - | - | - | guarantee over after two years
			DE | 2026-11-07 | 2026-11-10 | no_reason | sealed_hygiene | true | true | true | false | excluded | - | - | sealed_hygiene | - | BGB § 312g(2) Nr. 3: unsealed hygiene goods
			DE | 2026-11-07 | 2026-11-10 | no_reason | sealed_hygiene | false | true | true | true | withdrawal | 2026-11-23 | consumer | - | - | still sealed: the exception does not apply
			DE | 2026-11-07 | 2026-11-10 | no_reason | custom_made | false | true | true | false | excluded | - | - | custom_made | - | BGB § 312g(2) Nr. 1
			DE | 2026-11-07 | 2026-11-10 | wrong_item | custom_made | false | true | true | true | legal_guarantee | 2028-11-07 | seller | - | - | the exclusion only bars withdrawal, not the guarantee
			DE | 2026-11-07 | 2026-11-10 | no_reason | perishable | false | true | true | false | excluded | - | - | perishable | - | BGB § 312g(2) Nr. 2
			DE | 2026-11-07 | 2026-11-10 | no_reason | sealed_media | true | true | true | false | excluded | - | - | sealed_media | - | BGB § 312g(2) Nr. 6
			DE | 2026-11-07 | 2026-11-10 | no_reason | newspaper_periodical | false | true | true | false | excluded | - | - | newspaper_periodical | - | BGB § 312g(2) Nr. 7
			FR | 2026-04-30 | 2026-05-15 | no_reason | normal | false | true | true | true | withdrawal | 2026-05-15 | consumer | - | - | art. L221-19: day 14 is Ascension Thursday 14 May, runs to Friday
			ES | 2026-11-24 | 2026-12-09 | no_reason | normal | false | true | true | true | withdrawal | 2026-12-09 | consumer | - | - | day 14 is 8 Dec (Inmaculada Concepción), Reg. 1182/71 art. 3(4)
			ES | 2026-03-02 | 2028-12-01 | defective | normal | false | true | true | true | legal_guarantee | 2029-03-02 | seller | - | - | TRLGDCU art. 120: three years
			IT | 2026-05-19 | 2026-06-03 | no_reason | normal | false | true | true | true | withdrawal | 2026-06-03 | consumer | - | - | day 14 is 2 June (Festa della Repubblica)
			NL | 2026-04-13 | 2026-04-28 | no_reason | normal | false | true | true | true | withdrawal | 2026-04-28 | consumer | - | - | day 14 is King's Day 27 April, Algemene termijnenwet art. 1
			PL | 2026-10-28 | 2026-11-12 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-12 | consumer | - | - | day 14 is 11 Nov (Independence Day), Kc art. 115
			AT | 2026-10-12 | 2026-10-27 | no_reason | normal | false | true | true | true | withdrawal | 2026-10-27 | consumer | - | - | EU default on Austria's calendar: 26 Oct is the National Day
			AT | 2026-10-12 | 2026-10-28 | no_reason | normal | false | true | true | false | expired | 2026-10-27 | - | - | - | EU default: late
			GB | 2026-12-11 | 2026-12-25 | no_reason | normal | false | true | true | true | withdrawal | 2026-12-25 | consumer | - | - | CCR reg. 30: 14 calendar days, no bank-holiday extension
			GB | 2026-12-11 | 2026-12-26 | no_reason | normal | false | true | true | false | expired | 2026-12-25 | - | - | - | CCR reg. 30: late on Boxing Day
			NO | 2026-05-03 | 2026-05-18 | no_reason | normal | false | true | true | true | withdrawal | 2026-05-18 | consumer | - | - | day 14 is Sunday 17 May (Constitution Day), fristloven § 5
			US | 2026-11-07 | 2026-11-10 | no_reason | normal | false | true | true | false | none | - | - | - | - | no statutory withdrawal right
			US | 2026-11-07 | 2029-06-01 | defective | normal | false | true | true | true | legal_guarantee | 2030-11-07 | seller | - | - | UCC § 2-725: four years from tender of delivery
			AU | 2026-11-07 | 2027-06-01 | defective | normal | false | true | true | true | legal_guarantee | - | seller | - | - | ACL consumer guarantees: a reasonable time, no fixed end
			AU | 2026-11-07 | 2026-11-08 | size_fit | normal | false | true | true | false | none | - | - | - | - | no change-of-mind right under the ACL
			CH | 2026-11-07 | 2026-11-08 | no_reason | normal | false | true | true | false | none | - | - | - | - | OR art. 40a covers doorstep sales only
			BR | 2026-08-31 | 2026-09-08 | no_reason | normal | false | true | true | true | withdrawal | 2026-09-08 | seller | - | - | CDC art. 49, 7 days; day 7 is Independence Day (CC art. 132 § 1)
			BR | 2026-08-31 | 2026-11-30 | defective | normal | false | true | true | true | legal_guarantee | 2026-11-30 | seller | - | - | CDC art. 26 II: 90 days for durable goods
			MX | 2026-11-13 | 2026-11-23 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-23 | consumer | - | - | LFPC art. 56: five business days; Mon 16 Nov is Revolution Day
			MX | 2026-11-13 | 2026-11-24 | no_reason | normal | false | true | true | false | expired | 2026-11-23 | - | - | - | a sixth business day is late
			CN | 2026-03-02 | 2026-03-09 | no_reason | normal | false | true | true | true | withdrawal | 2026-03-09 | consumer | - | - | 消费者权益保护法 第25条: seven days from the day after signing
			CN | 2026-03-02 | 2026-03-05 | no_reason | sealed_media | true | true | true | false | excluded | - | - | sealed_media | - | 第25条 (三): unsealed audio-visual goods
			JP | 2026-11-07 | 2026-11-14 | no_reason | normal | false | true | false | true | withdrawal | 2026-11-14 | consumer | - | - | 特商法 15条の3: eight days counting the delivery day, no policy displayed
			JP | 2026-11-07 | 2026-11-15 | no_reason | normal | false | true | false | false | expired | 2026-11-14 | - | - | - | the ninth day is late
			JP | 2026-11-07 | 2026-11-10 | no_reason | normal | false | true | true | false | displaced_by_seller_terms | - | - | - | - | 15条の3 ただし書: the shop displayed its own return terms
			JP | 2026-11-07 | 2026-11-10 | defective | normal | false | true | true | true | legal_guarantee | - | seller | - | - | 民法 562条: non-conformity is the seller's, terms or not
			KR | 2026-11-07 | 2026-11-16 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-16 | consumer | - | - | 전자상거래법 17조: day 7 is Saturday 14 Nov, 민법 161조 rolls to Monday
			KR | 2026-11-10 | 2027-01-20 | not_as_described | normal | false | true | true | true | legal_guarantee | 2027-02-10 | seller | - | - | 17조 3항: three months from receipt
			SA | 2026-11-10 | 2026-11-17 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-17 | consumer | - | - | E-Commerce Law art. 13: seven days
			TR | 2026-03-02 | 2027-03-16 | no_reason | normal | false | false | true | true | withdrawal | 2027-03-16 | seller | - | - | Yönetmelik md. 10: one year after the 14-day period when not informed
			TR | 2026-03-02 | 2026-03-17 | no_reason | normal | false | true | true | false | expired | 2026-03-16 | - | - | - | informed: 14 days
			RU | 2026-10-28 | 2026-11-05 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-05 | consumer | - | - | ст. 26.1: day 7 is Unity Day 4 Nov, ГК ст. 193
			RU | 2026-11-10 | 2027-02-10 | no_reason | normal | false | false | true | true | withdrawal | 2027-02-10 | consumer | - | - | ст. 26.1 п. 4: three months from delivery when not informed
			RU | 2026-11-10 | 2026-11-12 | no_reason | custom_made | false | true | true | false | excluded | - | - | custom_made | - | individually defined goods
			IL | 2026-11-10 | 2026-11-24 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-24 | consumer | - | - | s. 14C: fourteen days
			TH | 2026-11-10 | 2026-11-17 | no_reason | normal | false | true | true | true | withdrawal | 2026-11-17 | unspecified | - | - | Direct Sales and Direct Marketing Act s. 30
			IN | 2026-11-10 | 2026-11-12 | no_reason | normal | false | true | true | false | none | - | - | - | - | no statutory change-of-mind right
			PH | 2026-11-10 | 2027-05-10 | defective | normal | false | true | true | true | legal_guarantee | 2027-05-10 | seller | - | - | Civil Code art. 1571: six months
			""")
	void decidesPerMarket(String market, LocalDate delivered, LocalDate requested, String reason, String itemKind,
			boolean unsealed, boolean informed, boolean displayed, boolean right, String basis, LocalDate lastDay,
			String payer, String exception, String unused, String why) {
		var request = new ReturnRequest(delivered, requested, WireValue.parse(Reason.class, reason).orElseThrow(),
				WireValue.parse(ItemKind.class, itemKind).orElseThrow(), unsealed, informed, displayed);

		StatutoryAnswer answer = rights.evaluate(BOOK.find(market).orElseThrow(), request);

		assertThat(answer.right()).as("right").isEqualTo(right);
		assertThat(answer.basis().wire()).as("basis").isEqualTo(basis);
		assertThat(answer.lastDay()).as("lastDay").isEqualTo(lastDay);
		assertThat(answer.returnShippingPayer() == null ? null : answer.returnShippingPayer().wire()).as("payer")
			.isEqualTo(payer);
		assertThat(answer.exception() == null ? null : answer.exception().wire()).as("exception").isEqualTo(exception);
		assertThat(answer.ruleVersion()).startsWith(BOOK.find(market).orElseThrow().rules().market());
	}
}

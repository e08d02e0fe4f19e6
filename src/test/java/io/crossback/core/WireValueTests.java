package io.crossback.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireValueTests {

	enum Colour implements WireValue {
		DARK_RED, LIGHT_BLUE {
			@Override
			public String toString() {
				return "a constant with a body of its own (a subclass of the enum)";
			}
		}
	}

	enum Mood implements WireValue {
		HAPPY, GRUMPY;

		@Override
		public String wire() {
			return this == HAPPY ? "joy" : "gloom";
		}
	}

	@Test
	void wireWordsAreTheLowerCaseNamesAlsoForConstantsWithABody() {
		assertThat(Colour.DARK_RED.wire()).isEqualTo("dark_red");
		assertThat(Colour.LIGHT_BLUE.wire()).isEqualTo("light_blue");
		assertThat(WireValue.allowed(Colour.class)).containsExactly("dark_red", "light_blue");
	}

	@Test
	void parsingFindsEachConstantByItsWireWordOnly() {
		assertThat(WireValue.parse(Colour.class, "light_blue")).contains(Colour.LIGHT_BLUE);
		assertThat(WireValue.parse(Colour.class, "LIGHT_BLUE")).isEmpty();
		assertThat(WireValue.parse(Colour.class, "purple")).isEmpty();
		assertThat(WireValue.parse(Colour.class, null)).isEmpty();
	}

	@Test
	void anEnumThatOverridesItsWireWordsIsParsedAndListedByThem() {
		assertThat(WireValue.parse(Mood.class, "gloom")).contains(Mood.GRUMPY);
		assertThat(WireValue.parse(Mood.class, "grumpy")).isEmpty();
		assertThat(WireValue.allowed(Mood.class)).containsExactly("joy", "gloom");
	}
}

package io.crossback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.crossback.triage.Lexicon.Kind;

/** Lexicon matching rules and the lexicon cue features the category and sentiment models see. #6 */
class LexiconCueTests {

	@Test
	void aLeadingStarMatchesInsideAWordForLanguagesThatGluePrefixesOn() throws IOException {
		Lexicon lexicon = Lexicon.read(new ByteArrayInputStream(
				"refund\the\t*זיכוי|החזר\n".getBytes(StandardCharsets.UTF_8)));

		// "הזיכוי" is "the refund": the article is glued to the word
		assertThat(lexicon.find(Kind.REFUND, "he", TextFeatures.normalise("עדיין לא קיבלתי את הזיכוי")))
			.containsExactly("זיכוי");
		// without the star a term must be a whole word: "וההחזר" ("and the refund") does not match "החזר"
		assertThat(lexicon.find(Kind.REFUND, "he", TextFeatures.normalise("וההחזר לא הגיע"))).isEmpty();
	}

	@Test
	void findsEveryKindOfSignalInOneMessage() {
		Lexicon lexicon = Lexicon.fromClasspath();

		var found = lexicon.findAll("fr", TextFeatures.normalise("Le vase est arrivé cassé, je veux être remboursée."));

		assertThat(found).containsKeys(Kind.DAMAGE, Kind.REFUND).doesNotContainKey(Kind.VOCAB);
		assertThat(found.get(Kind.REFUND)).anyMatch(term -> term.startsWith("rembours"));
	}

	@Test
	void aCueIsTheSameFeatureInEveryLanguage() {
		var features = new TextFeatures(18);
		String german = TextFeatures.normalise("Ich will mein Geld zurück");
		String turkish = TextFeatures.normalise("Paramı geri istiyorum");

		int[] germanText = features.indices(german);
		int[] germanWithCue = features.indices(german, Set.of(Kind.REFUND));
		int[] turkishWithCue = features.indices(turkish, Set.of(Kind.REFUND));
		int[] sizeCue = features.indices(turkish, Set.of(Kind.SIZE_FIT));

		assertThat(germanWithCue).hasSize(germanText.length + TextFeatures.CUE_REPEAT)
			.startsWith(germanText);
		int refundCue = germanWithCue[germanWithCue.length - 1];
		assertThat(turkishWithCue[turkishWithCue.length - 1]).isEqualTo(refundCue);
		assertThat(sizeCue[sizeCue.length - 1]).isNotEqualTo(refundCue);
	}
}

package io.crossback.ledger.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.crossback.ledger.tlog.SignedNote.InvalidNote;
import io.crossback.ledger.tlog.SignedNote.Verifier;

class SignedNoteTest {

	NoteSigner key = NoteSigner.of("crossback.test/ledger", NoteSigner.generate());

	Checkpoint checkpoint = new Checkpoint("crossback.test/ledger", 8,
			HexFormat.of().parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));

	@Test
	void checkpointNoteHasTheC2spLayout() {
		String note = SignedNote.sign(checkpoint.body(), List.of(key));
		String[] lines = note.split("\n", -1);
		assertThat(lines[0]).isEqualTo("crossback.test/ledger");
		assertThat(lines[1]).isEqualTo("8");
		assertThat(lines[2]).isEqualTo("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=");
		assertThat(lines[3]).isEmpty();
		assertThat(lines[4]).startsWith("\u2014 crossback.test/ledger ");
		byte[] sig = Base64.getDecoder().decode(lines[4].substring(lines[4].lastIndexOf(' ') + 1));
		assertThat(sig).hasSize(68);
		assertThat(Arrays.copyOf(sig, 4)).isEqualTo(key.keyId());
		assertThat(lines[5]).isEmpty();
		assertThat(Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1))).isEqualTo(checkpoint);
	}

	@Test
	void keyIdIsTheFirstFourBytesOfSha256OverNameNewlineTypeAndKey() throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update("crossback.test/ledger\n".getBytes(StandardCharsets.UTF_8));
		sha.update(new byte[] { 1 });
		sha.update(key.publicKey());
		assertThat(key.keyId()).isEqualTo(Arrays.copyOf(sha.digest(), 4));
		String[] vkey = key.vkey().split("\\+", 3);
		assertThat(vkey[0]).isEqualTo("crossback.test/ledger");
		assertThat(vkey[1]).isEqualTo(HexFormat.of().formatHex(key.keyId())).hasSize(8);
		byte[] typed = Base64.getDecoder().decode(vkey[2]);
		assertThat(typed[0]).isEqualTo((byte) 1);
		assertThat(Arrays.copyOfRange(typed, 1, 33)).isEqualTo(key.publicKey());
	}

	@Test
	void opensWithItsOwnVerifierKey() throws InvalidNote {
		String note = SignedNote.sign(checkpoint.body(), List.of(key));
		var opened = SignedNote.open(note, List.of(Verifier.parse(key.vkey())));
		assertThat(opened.text()).isEqualTo(checkpoint.body());
	}

	@Test
	void rejectsASignatureMadeByAnotherKey() {
		NoteSigner stranger = NoteSigner.of("crossback.test/ledger", NoteSigner.generate());
		String forged = SignedNote.sign(checkpoint.body(), List.of(stranger));
		assertThatThrownBy(() -> SignedNote.open(forged, List.of(Verifier.parse(key.vkey()))))
			.isInstanceOf(InvalidNote.class)
			.hasMessageContaining("no signature by a trusted key");
	}

	@Test
	void rejectsAForeignSignatureUnderOurKeyId() {
		NoteSigner stranger = NoteSigner.of("crossback.test/ledger", NoteSigner.generate());
		String forged = SignedNote.sign(checkpoint.body(), List.of(stranger));
		String ours = Base64.getEncoder().encodeToString(key.keyId());
		String theirs = Base64.getEncoder().encodeToString(stranger.keyId());
		// splice our key ID in front of the stranger's signature: 4 bytes are 5⅓ base64 chars, so re-encode
		String line = forged.substring(forged.indexOf("\u2014"));
		byte[] sig = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1).trim());
		System.arraycopy(key.keyId(), 0, sig, 0, 4);
		String spliced = forged.substring(0, forged.indexOf("\u2014")) + "\u2014 crossback.test/ledger "
				+ Base64.getEncoder().encodeToString(sig) + "\n";
		assertThat(ours).isNotEqualTo(theirs);
		assertThatThrownBy(() -> SignedNote.open(spliced, List.of(Verifier.parse(key.vkey()))))
			.isInstanceOf(InvalidNote.class)
			.hasMessageContaining("bad signature");
	}

	@Test
	void rejectsAChangedText() {
		String note = SignedNote.sign(checkpoint.body(), List.of(key));
		String changed = note.replaceFirst("\n8\n", "\n9\n");
		assertThatThrownBy(() -> SignedNote.open(changed, List.of(Verifier.parse(key.vkey()))))
			.isInstanceOf(InvalidNote.class);
	}

	@Test
	void rotationSignsWithBothKeysAndEitherVerifies() throws InvalidNote {
		NoteSigner next = NoteSigner.of("crossback.test/ledger", NoteSigner.generate());
		String note = SignedNote.sign(checkpoint.body(), List.of(key, next));
		assertThat(note.lines().filter(l -> l.startsWith("\u2014"))).hasSize(2);
		assertThat(SignedNote.open(note, List.of(Verifier.parse(key.vkey()))).signedBy()).hasSize(1);
		assertThat(SignedNote.open(note, List.of(Verifier.parse(next.vkey()))).signedBy()).hasSize(1);
		assertThat(SignedNote.open(note, List.of(Verifier.parse(key.vkey()), Verifier.parse(next.vkey())))
			.signedBy()).hasSize(2);
	}

	@Test
	void readsAPkcs8PemKeyAndDerivesItsPublicKey() throws InvalidNote {
		var pair = NoteSigner.generate();
		NoteSigner loaded = NoteSigner.fromPem("crossback.test/ledger", NoteSigner.toPem(pair));
		assertThat(loaded.publicKey()).isEqualTo(NoteKeys.raw(pair.getPublic()));
		String note = SignedNote.sign(checkpoint.body(), List.of(loaded));
		SignedNote.open(note, List.of(Verifier.parse(NoteKeys.vkey("crossback.test/ledger",
				NoteKeys.raw(pair.getPublic())))));
	}

	@Test
	void refusesAPemThatIsNotEd25519() {
		assertThatThrownBy(() -> NoteSigner.fromPem("n", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}

package io.crossback.ledger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Settings of the evidence log.
 *
 * @param origin the checkpoint's origin line and the signing keys' name, schema-less like {@code example.com/log}
 * @param signingKeyFiles PKCS#8 PEM files of Ed25519 keys; every key signs each checkpoint (list a new key next to
 * the old one to rotate, then drop the old one and keep its vkey in {@code retiredVkeys})
 * @param signingKeyPem one more PKCS#8 PEM key given as text, e.g. from {@code CROSSBACK_LEDGER_SIGNING_KEY_PEM}
 * @param retiredVkeys verifier keys of keys that no longer sign but signed stored checkpoints
 * @param demoKeyFile with {@code crossback.demo.enabled} and no key configured, a key is generated here once; empty
 * for none (the tests: every context of one JVM must sign with the same ephemeral key)
 * @param sequencerEnabled whether this instance runs the sequencer loop (instances coordinate through a row lock)
 * @param sequencerInterval the pause between sequencer runs when the outbox is drained
 * @param batchSize at most this many leaves are integrated per transaction and checkpoint
 * @param proofMemoryLevel the lowest tree level whose node hashes proofs keep in memory: level L and above take
 * about 64·n/2^L bytes for n leaves (10: 0.6 MB at 10 million leaves; 0: the whole tree, 640 MB, and no database
 * read per proof at all); a proof reads the levels below it from the database
 */
@Validated
@ConfigurationProperties("crossback.ledger")
record LedgerSettings(@DefaultValue("crossback.localhost/ledger") @Pattern(regexp = "[^\\s+]+") String origin,
		@DefaultValue List<Path> signingKeyFiles, @Nullable String signingKeyPem,
		@DefaultValue List<String> retiredVkeys,
		@Nullable String demoKeyFile,
		@DefaultValue("true") boolean sequencerEnabled, @DefaultValue("PT0.2S") Duration sequencerInterval,
		@DefaultValue("10000") @Min(1) @Max(100_000) int batchSize,
		@DefaultValue("10") @Min(0) @Max(62) int proofMemoryLevel) {
}

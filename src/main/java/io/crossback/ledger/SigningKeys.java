package io.crossback.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.crossback.ledger.tlog.NoteSigner;
import io.crossback.ledger.tlog.SignedNote;

/**
 * The keys that sign checkpoints and the verifier keys a checker trusts. Keys come from configuration; the demo
 * generates one under {@code ./data}; without either, an ephemeral key (one per JVM) signs and a warning says that
 * checkpoints will not verify after a restart.
 */
@Component
class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final java.security.KeyPair EPHEMERAL = NoteSigner.generate();

	private final List<NoteSigner> signers;

	private final List<String> vkeys;

	SigningKeys(LedgerSettings settings, @Value("${crossback.demo.enabled:false}") boolean demo) {
		String name = settings.origin();
		List<NoteSigner> keys = new ArrayList<>();
		for (Path file : settings.signingKeyFiles()) {
			keys.add(NoteSigner.fromPem(name, read(file)));
		}
		if (settings.signingKeyPem() != null && !settings.signingKeyPem().isBlank()) {
			keys.add(NoteSigner.fromPem(name, settings.signingKeyPem()));
		}
		String demoFile = settings.demoKeyFile();
		if (keys.isEmpty() && demo && demoFile != null && !demoFile.isBlank()) {
			keys.add(NoteSigner.fromPem(name, demoKey(Path.of(demoFile))));
		}
		if (keys.isEmpty()) {
			log.warn("No ledger signing key configured (crossback.ledger.signing-key-files or "
					+ "CROSSBACK_LEDGER_SIGNING_KEY_PEM): an ephemeral key signs, and its checkpoints will not "
					+ "verify after a restart");
			keys.add(NoteSigner.of(name, EPHEMERAL));
		}
		this.signers = List.copyOf(keys);
		Set<String> all = new LinkedHashSet<>();
		signers.forEach(s -> all.add(s.vkey()));
		settings.retiredVkeys().forEach(v -> {
			SignedNote.Verifier.parse(v); // refuse a malformed vkey at start-up
			all.add(v.trim());
		});
		this.vkeys = List.copyOf(all);
	}

	List<NoteSigner> signers() {
		return signers;
	}

	/** The current signers' vkeys first, then retired ones. */
	List<String> vkeys() {
		return vkeys;
	}

	List<SignedNote.Verifier> verifiers() {
		return vkeys.stream().map(SignedNote.Verifier::parse).toList();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read ledger signing key " + file, e);
		}
	}

	private static String demoKey(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, NoteSigner.toPem(NoteSigner.generate()));
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ignored) {
					// not a POSIX file system
				}
				log.info("Generated the demo ledger signing key {}", file.toAbsolutePath());
			}
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the demo ledger signing key " + file, e);
		}
	}
}

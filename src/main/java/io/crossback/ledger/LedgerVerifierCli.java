package io.crossback.ledger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.ProofVerifier;
import io.crossback.ledger.tlog.SignedNote;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Command-line verifier, no Spring context:
 * <pre>
 * bundle &lt;url or file&gt; [--vkey &lt;vkey&gt;]... [--api-key &lt;key&gt;]   verifies a case's evidence bundle
 * audit &lt;jdbc url&gt; &lt;user&gt; &lt;password&gt; --vkey &lt;vkey&gt;...   audits a whole stored log
 * </pre>
 * Without {@code --vkey}, a bundle is checked against the keys it names itself, which proves integrity but not
 * origin: pin the log's published vkey to prove both. Exit status 0 when everything verifies, 1 when not, 2 on
 * usage errors.
 */
public final class LedgerVerifierCli {

	private LedgerVerifierCli() {
	}

	public static void main(String[] args) throws Exception {
		System.exit(run(args));
	}

	static int run(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: bundle <url|file> [--vkey <vkey>]... [--api-key <key>]");
			System.err.println("       audit <jdbc-url> <user> <password> --vkey <vkey>...");
			return 2;
		}
		List<String> positional = new ArrayList<>();
		List<SignedNote.Verifier> pinned = new ArrayList<>();
		String apiKey = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--vkey") && i + 1 < args.length) {
				pinned.add(SignedNote.Verifier.parse(args[++i]));
			}
			else if (args[i].equals("--api-key") && i + 1 < args.length) {
				apiKey = args[++i];
			}
			else {
				positional.add(args[i]);
			}
		}
		return switch (args[0]) {
			case "bundle" -> bundle(positional.get(0), pinned, apiKey);
			case "audit" -> audit(positional, pinned);
			default -> {
				System.err.println("unknown command " + args[0]);
				yield 2;
			}
		};
	}

	static int bundle(String source, List<SignedNote.Verifier> pinned, String apiKey) throws Exception {
		String text;
		if (source.startsWith("http://") || source.startsWith("https://")) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(source));
			if (apiKey != null) {
				request.header("Authorization", "Bearer " + apiKey);
			}
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				System.out.println("FAILED to fetch the bundle: HTTP " + response.statusCode() + " " + response.body());
				return 1;
			}
			text = response.body();
		}
		else {
			text = Files.readString(Path.of(source));
		}
		JsonNode bundle = JsonMapper.builder().build().readTree(text);
		List<SignedNote.Verifier> trusted = pinned;
		if (trusted.isEmpty()) {
			System.out.println("warning: no --vkey pinned, trusting the keys the bundle names");
			trusted = bundle.get("vkeys").valueStream().map(v -> SignedNote.Verifier.parse(v.asString())).toList();
		}
		Checkpoint checkpoint;
		try {
			var opened = SignedNote.open(bundle.get("checkpoint").asString(), trusted);
			checkpoint = Checkpoint.parse(opened.text());
			System.out.println("checkpoint " + checkpoint.origin() + " size " + checkpoint.size() + " signed by "
					+ opened.signedBy());
		}
		catch (SignedNote.InvalidNote e) {
			System.out.println("FAILED checkpoint: " + e.getMessage());
			return 1;
		}
		int failures = 0;
		for (JsonNode entry : bundle.get("entries")) {
			byte[] leaf = Base64.getDecoder().decode(entry.get("leafData").asString());
			List<byte[]> proof = entry.get("proof").valueStream()
				.map(h -> Base64.getDecoder().decode(h.asString()))
				.toList();
			long index = entry.get("leafIndex").asLong();
			try {
				ProofVerifier.verifyInclusion(index, checkpoint.size(), Hashes.leafHash(leaf), proof,
						checkpoint.root());
				System.out.println("verified " + index + " " + entry.get("event").asString());
			}
			catch (ProofVerifier.InvalidProof e) {
				failures++;
				System.out.println("FAILED " + index + " " + entry.get("event").asString() + ": " + e.getMessage());
			}
		}
		return failures == 0 ? 0 : 1;
	}

	static int audit(List<String> positional, List<SignedNote.Verifier> trusted) {
		if (positional.size() != 3 || trusted.isEmpty()) {
			System.err.println("usage: audit <jdbc-url> <user> <password> --vkey <vkey>...");
			return 2;
		}
		var dataSource = new DriverManagerDataSource(positional.get(0), positional.get(1), positional.get(2));
		LogStore store = new LogStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
		LedgerAudit.Report report = new LedgerAudit(store, trusted).run();
		System.out.println(report);
		return report.consistent() ? 0 : 1;
	}
}

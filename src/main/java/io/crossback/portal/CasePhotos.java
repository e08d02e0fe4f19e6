package io.crossback.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.ledger.EvidenceLog;

/**
 * Photos customers attach to their request: at most {@link #MAX_PHOTOS} per case, {@link #MAX_BYTES} each, JPEG, PNG
 * or WebP as their first bytes say (the declared type and file name are ignored). Stored in the database with their
 * SHA-256, which goes into the evidence log as {@code photos_added}, so an inspection can cite exactly these photos.
 */
@Service
public class CasePhotos {

	public static final int MAX_PHOTOS = 5;

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** A stored photo's facts, without its bytes. */
	public record PhotoInfo(UUID id, int position, String contentType, long size, String sha256, Instant at) {
	}

	/** A photo with its bytes, to serve. */
	public record Photo(PhotoInfo info, byte[] data) {
	}

	/** Why an upload was refused, and the limit to name in the message. */
	static final class Refused extends RuntimeException {

		private final String messageKey;

		private final long limit;

		Refused(String messageKey, long limit) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.limit = limit;
		}

		String messageKey() {
			return messageKey;
		}

		long limit() {
			return limit;
		}
	}

	private final JdbcClient jdbc;

	private final EvidenceLog evidence;

	private final Clock clock;

	CasePhotos(JdbcClient jdbc, EvidenceLog evidence, Clock clock) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.clock = clock;
	}

	/** The image type the bytes start with ({@code image/jpeg}, {@code image/png}, {@code image/webp}), if any. */
	static Optional<String> imageType(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return Optional.of("image/jpeg");
		}
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		if (bytes.length >= 8 && java.util.Arrays.equals(bytes, 0, 8, png, 0, 8)) {
			return Optional.of("image/png");
		}
		if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
				&& bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	/**
	 * Checks uploads before anything is stored; empty parts (no file chosen) are dropped.
	 *
	 * @throws Refused naming the message and its limit
	 */
	static List<byte[]> checked(List<byte[]> uploads) {
		List<byte[]> photos = uploads.stream().filter(bytes -> bytes.length > 0).toList();
		if (photos.size() > MAX_PHOTOS) {
			throw new Refused("portal.error.photoCount", MAX_PHOTOS);
		}
		for (byte[] photo : photos) {
			if (photo.length > MAX_BYTES) {
				throw new Refused("portal.error.photoSize", MAX_BYTES / (1024 * 1024));
			}
			if (imageType(photo).isEmpty()) {
				throw new Refused("portal.error.photoType", 0);
			}
		}
		return photos;
	}

	/** Stores checked photos of a new case and records their digests in the evidence log, in one transaction. */
	@Transactional
	List<PhotoInfo> store(TenantId tenant, CaseId caseId, List<byte[]> photos) {
		List<byte[]> checked = checked(photos);
		Instant now = clock.instant();
		List<PhotoInfo> stored = new ArrayList<>();
		for (byte[] bytes : checked) {
			PhotoInfo info = new PhotoInfo(UUID.randomUUID(), stored.size() + 1, imageType(bytes).orElseThrow(),
					bytes.length, sha256(bytes), now);
			jdbc.sql("""
					insert into portal_case_photo (tenant_id, case_id, id, position, content_type, size_bytes, sha256,
					                               data, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(tenant.value(), caseId.value(), info.id(), info.position(), info.contentType(), info.size(),
						info.sha256(), bytes, now.atOffset(ZoneOffset.UTC))
				.update();
			stored.add(info);
		}
		if (!stored.isEmpty()) {
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("photosSha256", String.join(",", stored.stream().map(PhotoInfo::sha256).toList()));
			evidence.record(tenant, caseId, "photos_added", ActorRole.CUSTOMER, now, facts);
		}
		return stored;
	}

	/** The case's photos in the order the customer attached them. */
	@Transactional(readOnly = true)
	public List<PhotoInfo> of(TenantId tenant, CaseId caseId) {
		return jdbc.sql("""
				select id, position, content_type, size_bytes, sha256, created_at from portal_case_photo
				where tenant_id = ? and case_id = ? order by position""")
			.params(tenant.value(), caseId.value())
			.query((rs, n) -> new PhotoInfo(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** One photo of the case with its bytes; empty when the case (of this tenant) has no such photo. */
	@Transactional(readOnly = true)
	public Optional<Photo> find(TenantId tenant, CaseId caseId, UUID photoId) {
		return jdbc.sql("""
				select id, position, content_type, size_bytes, sha256, created_at, data from portal_case_photo
				where tenant_id = ? and case_id = ? and id = ?""")
			.params(tenant.value(), caseId.value(), photoId)
			.query((rs, n) -> new Photo(new PhotoInfo(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()), rs.getBytes("data")))
			.optional();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

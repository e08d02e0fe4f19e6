package io.crossback.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.core.Conflict;
import io.crossback.core.TenantId;

/** Creates tenants, issues their API keys and tells which tenant a key belongs to. */
@Service
public class TenantManagement {

	/** How long a key lookup is remembered; a revoked key stops working at the latest after this. */
	private static final Duration KEY_CACHE_TTL = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, CachedKey> keyCache = new ConcurrentHashMap<>();

	TenantManagement(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates a tenant with a first API key, returned here and never again. */
	@Transactional
	public IssuedKey createTenant(String id, String name) {
		return createTenant(id, name, ApiKeys.generate());
	}

	/** Creates a tenant owning the given key (bootstrap and tests). */
	@Transactional
	public IssuedKey createTenant(String id, String name, String apiKey) {
		TenantId tenantId = TenantId.of(id);
		if (exists(tenantId)) {
			throw new Conflict("tenant-exists", "tenant " + id + " exists already");
		}
		jdbc.sql("insert into tenant (id, name, created_at) values (?, ?, ?)")
			.params(id, name, clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
		return issueKey(tenantId, "initial key", apiKey);
	}

	@Transactional
	public IssuedKey issueKey(TenantId tenantId, String label) {
		return issueKey(tenantId, label, ApiKeys.generate());
	}

	private IssuedKey issueKey(TenantId tenantId, String label, String apiKey) {
		jdbc.sql("""
				insert into api_key (tenant_id, id, key_hash, key_prefix, label, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(tenantId.value(), UUID.randomUUID(), ApiKeys.hash(apiKey), ApiKeys.displayPrefix(apiKey), label,
					clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
		return new IssuedKey(tenantId, apiKey);
	}

	public boolean exists(TenantId tenantId) {
		return jdbc.sql("select count(*) from tenant where id = ?").param(tenantId.value()).query(Integer.class).single() > 0;
	}

	public boolean hasAnyTenant() {
		return jdbc.sql("select count(*) from tenant").query(Integer.class).single() > 0;
	}

	/** The tenant owning an unrevoked key, if any. */
	public Optional<TenantId> authenticate(String apiKey) {
		String hash = ApiKeys.hash(apiKey);
		Instant now = clock.instant();
		CachedKey cached = keyCache.get(hash);
		if (cached != null && cached.expires().isAfter(now)) {
			return cached.tenantId();
		}
		Optional<TenantId> tenant = jdbc.sql("select tenant_id from api_key where key_hash = ? and revoked_at is null")
			.param(hash)
			.query(String.class)
			.optional()
			.map(TenantId::of);
		if (keyCache.size() > 10_000) {
			keyCache.clear();
		}
		keyCache.put(hash, new CachedKey(tenant, now.plus(KEY_CACHE_TTL)));
		return tenant;
	}

	private record CachedKey(Optional<TenantId> tenantId, Instant expires) {
	}
}

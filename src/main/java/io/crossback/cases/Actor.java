package io.crossback.cases;

import java.util.Objects;

/** Who did something on a case: a role plus, for people, their id (agent id, API key prefix, customer id). */
public record Actor(ActorRole role, String id) {

	public static final Actor SYSTEM = new Actor(ActorRole.SYSTEM, "crossback");

	public Actor {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(id, "id");
	}
}

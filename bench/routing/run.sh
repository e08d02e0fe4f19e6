#!/usr/bin/env bash
# Routing decisions with 10,000 waiting cases and 500 agents (see src/test/java/io/crossback/routing/RoutingBenchmark.java).
#   bench/routing/run.sh               core decision + the real service on in-memory H2
#   bench/routing/run.sh --core-only   the pure decision only
#   bench/routing/run.sh --postgres    the service on PostgreSQL (PGURL, default the CI database, schema routing_bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
DB=()
ARGS=()
for arg in "$@"; do
  if [ "$arg" = "--postgres" ]; then
    DB=(-Dspring.datasource.url="${PGURL:-jdbc:postgresql://127.0.0.1:5432/test?currentSchema=routing_bench}"
        -Dspring.datasource.username=postgres -Dspring.flyway.schemas=routing_bench)
  else
    ARGS+=("$arg")
  fi
done
exec java -Xmx2g "${DB[@]}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.crossback.routing.RoutingBenchmark "${ARGS[@]}"

#!/usr/bin/env bash
# Usage: bench/sla/run.sh N [windowSeconds] [--spring.datasource.url=... more Spring args]
# Builds the classes, then runs SlaTimerBench with the runtime classpath.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
exec java -Xmx1g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/sla/SlaTimerBench.java "$@"

#!/usr/bin/env bash
# Evidence-log benchmarks against the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth).
#   bench/ledger/run.sh sequencing [backlog] [seconds] [rate]   batch sequencing throughput and commit-to-checkpoint latency
#   bench/ledger/run.sh proofs [leaves] [samples]               inclusion/consistency proofs at 10 million leaves
#                                                               (the generated tree is kept and reused while its size matches)
#   bench/ledger/run.sh phases                                  time each step of a 10,000-leaf batch
# Uses its own database ledger_bench (schemas ledger_seq and ledger_proofs); never the test database.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
# a private copy of the classes, so a build or test run in this worktree cannot pull them away mid-benchmark
mkdir -p target/bench-ledger
rm -rf target/bench-ledger/app && cp -r target/classes target/bench-ledger/app
CP="target/bench-ledger/app:$(cat target/bench-classpath.txt)"
javac -nowarn -cp "$CP" -d target/bench-ledger bench/ledger/src/io/crossback/ledger/LedgerBench.java
psql -h 127.0.0.1 -U postgres -d postgres -tc "select 1 from pg_database where datname = 'ledger_bench'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database ledger_bench"
exec java -Xmx3g -cp "target/bench-ledger:$CP" io.crossback.ledger.LedgerBench "$@"

#!/usr/bin/env bash
# The cortical microcircuit (PD14) side by side: Brian2's C++ standalone build (the peers' script pd14_brian2.py,
# one thread) and conex4j (1 and 2 threads), same scale, DC drive, 500 ms warm-up + 1,000 ms measured, alternated
# ROUNDS times in one run. Brian2 compiles once (its C++ build is not timed); later rounds rerun its binary.
#   benchmarks/pd14/side-by-side.sh SCALE [ROUNDS]      (PEERS=folder of pd14_brian2.py, default /work/shared/reference/peers)
#   BRIAN2=no benchmarks/pd14/side-by-side.sh 1 2      (full scale: Brian2 needs about 14 GB and does not fit)
# Prints one line per run: "BRIAN2 {...}" (sim_seconds = both loops, max_rss_mb of the binary) and conex4j's
# "RESULT {...}" lines (with max_rss_mb of the JVM appended as "RSS <MB>"). Before each run it waits (up to
# WAIT_S seconds, default 600) for the 1-minute load average to fall below LOAD_MAX (default 1.5), and prints
# the load each run started at. JVM_OPTS (default -XX:+UseTransparentHugePages) goes to conex4j's JVM. Each round
# starts with "MEMORY {...}": how much faster two threads read blocks of memory at random places than one
# (NetworkBench memory; PROBE=no skips it), the ceiling of a second thread's gain in the delivery of spikes.
set -euo pipefail
cd "$(dirname "$0")/../.."
SCALE=$1
ROUNDS=${2:-3}
PEERS=${PEERS:-/work/shared/reference/peers}
BUILD=/tmp/conex4j-pd14-brian2-s$SCALE
JAR=benchmarks/target/benchmarks.jar
HEAP=${HEAP:--Xmx8g}
# transparent huge pages for the heap (this kernel gives them on request): fewer TLB misses in the synapse arrays
JVM_OPTS=${JVM_OPTS:--XX:+UseTransparentHugePages}
[ -f "$JAR" ] || mvn -B -q -DskipTests package
BRIAN2=${BRIAN2:-yes}
if [ "$BRIAN2" = yes ] && [ ! -x "$BUILD/main" ]; then
  echo "== Brian2: code generation, C++ build and first run (scale $SCALE)" >&2
  /usr/bin/python3 "$PEERS/pd14_brian2.py" --scale "$SCALE" --keep --builddir "$BUILD" --outdir "$BUILD-out" \
    | tail -1 | sed 's/^/BRIAN2-FIRST /'
fi
LOAD_MAX=${LOAD_MAX:-1.5}
WAIT_S=${WAIT_S:-600}
quiet() {
  local waited=0
  while awk -v m="$LOAD_MAX" '{exit !($1 >= m)}' /proc/loadavg && [ "$waited" -lt "$WAIT_S" ]; do
    sleep 10
    waited=$((waited + 10))
  done
  echo "LOAD $(cut -d' ' -f1 /proc/loadavg)"
}
brian2() {
  quiet
  (cd "$BUILD" && /usr/bin/time -v -o results/binary_time_v.txt ./main > /dev/null)
  /usr/bin/python3 - "$BUILD" "$SCALE" <<'PY'
import json, sys
d, scale = sys.argv[1], float(sys.argv[2])
t = {}
for line in open(d + "/results/pd14_timing.txt"):
    p = line.split()
    t[p[0]] = [float(x) for x in p[1:]]
runs = [t["run%d" % k] for k in range(int(t["nrun"][0]))]
rss = [l for l in open(d + "/results/binary_time_v.txt") if "Maximum resident" in l][0].rsplit(":", 1)[1]
sim = sum(r[1] - r[0] for r in runs)
print("BRIAN2 " + json.dumps({"scale": scale, "build_seconds": round(runs[0][0] - t["start"][0], 3),
      "sim_seconds": round(sim, 3), "measured_seconds": round(runs[1][1] - runs[1][0], 3),
      "rtf": round(sim / 1.5, 4), "max_rss_mb": round(int(rss) / 1024, 1), "threads": 1}))
PY
}
conex() {
  quiet
  /usr/bin/time -v -o /tmp/conex4j-pd14-time.txt java $JVM_OPTS --add-modules jdk.incubator.vector $HEAP -cp "$JAR" \
    io.conex4j.bench.NetworkBench pd14 --scale "$SCALE" --drive dc --threads "$1" 2>/dev/null | grep '^RESULT' \
    | tr -d '\n'
  echo " RSS $(grep 'Maximum resident' /tmp/conex4j-pd14-time.txt | awk '{print int($NF/1024)}')"
}
memory() {
  java -Xmx1g -cp "$JAR" io.conex4j.bench.NetworkBench memory --rounds 2 | grep '^RESULT' | sed 's/^RESULT/MEMORY/'
}
PROBE=${PROBE:-yes}
for r in $(seq 1 "$ROUNDS"); do
  echo "== round $r, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  if [ "$PROBE" = yes ]; then
    memory
  fi
  if [ "$BRIAN2" = yes ]; then
    brian2
  fi
  conex 1
  conex 2
done

#!/usr/bin/env bash
# Submits `rdrop prepare` to a throwaway Flink 1.19 standalone cluster on this machine (a JobManager and a
# TaskManager, each its own JVM, the TaskManager in another working directory) through the bundled jar,
# as README's "Flink" section tells users to, and checks the cluster run reproduced a local DirectRunner
# run: byte-identical manifest.json.
#
#   ci/flink/cluster-check.sh [EXPERIMENT]      (default: smoke; about a minute, plus the bundle build)
#
# The cluster runs from the Flink jars Maven already resolved for pipeline-flink (no Flink download); it
# listens on localhost only: ports FLINK_RPC_PORT (16123), FLINK_REST_PORT (18081), FLINK_BLOB_PORT (16124).
# PARALLELISM (default 2) is the job's parallelism and the TaskManager's slot count.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
experiment="${1:-smoke}"
parallelism="${PARALLELISM:-2}"
rpc_port="${FLINK_RPC_PORT:-16123}"
rest_port="${FLINK_REST_PORT:-18081}"
blob_port="${FLINK_BLOB_PORT:-16124}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for port in "$rpc_port" "$rest_port" "$blob_port"; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "port $port is in use: set FLINK_RPC_PORT / FLINK_REST_PORT / FLINK_BLOB_PORT" >&2
    exit 1
  fi
done

version="$(git -C "$root" describe --always --dirty --abbrev=12 2> /dev/null || echo unknown)"
echo "building the bundled jar (mvn -Pflink-bundle, code version $version) ..."
(cd "$root" && mvn -B -q -Pflink-bundle -DskipTests -Drdrop.code.version="$version" package -pl pipeline-flink -am)
bundle="$root/pipeline-flink/target/rdrop-flink-bundled.jar"
# What a Flink distribution's lib/ holds: Flink and its own dependencies, no Beam, no rdrop.
flink_cp="$(tr ':' '\n' < "$root/pipeline-flink/target/classpath.txt" \
  | grep -E '/(flink-[a-z-]+|commons-(cli|math3|text|lang3|io|collections|compress)|snakeyaml-engine|kryo|minlog|objenesis|chill-java|javassist|async-profiler|lz4-java|slf4j-(api|simple)|jsr305)-[0-9][^/]*\.jar$' \
  | paste -sd:)"

mkdir -p "$work/conf" "$work/jobmanager" "$work/taskmanager" "$work/client"
# A standalone TaskManager needs its resources spelled out (Flink's start scripts normally derive them).
# Network memory: preparation is one batch job of about 210 operators; Flink's default of 512 buffers per
# sort-shuffle partition exhausts even 256 MB, so the minimum goes down to 64 (docs/flink.md).
cat > "$work/conf/flink-conf.yaml" <<EOF
jobmanager.rpc.address: localhost
jobmanager.bind-host: localhost
jobmanager.rpc.port: $rpc_port
jobmanager.memory.process.size: 1024m
rest.address: localhost
rest.bind-address: localhost
rest.port: $rest_port
blob.server.port: $blob_port
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: $parallelism
taskmanager.cpu.cores: $parallelism
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.task.heap.size: 1024m
taskmanager.memory.managed.size: 256m
taskmanager.memory.framework.off-heap.size: 128m
taskmanager.memory.task.off-heap.size: 0m
taskmanager.memory.network.min: 256m
taskmanager.memory.network.max: 256m
taskmanager.memory.jvm-metaspace.size: 256m
taskmanager.memory.jvm-overhead.min: 192m
taskmanager.memory.jvm-overhead.max: 192m
taskmanager.network.sort-shuffle.min-buffers: 64
EOF

echo "starting a JobManager and a TaskManager on localhost ..."
(cd "$work/jobmanager" && exec java -Xmx512m -cp "$flink_cp" \
  org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir "$work/conf") \
  > "$work/jobmanager.log" 2>&1 &
pids+=($!)
(cd "$work/taskmanager" && exec java -Xmx1200m -XX:MaxDirectMemorySize=448m -cp "$flink_cp" \
  org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$work/conf") \
  > "$work/taskmanager.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do
  grep -q "Registering TaskManager" "$work/jobmanager.log" 2> /dev/null && break
  sleep 1
done
grep -q "Registering TaskManager" "$work/jobmanager.log" \
  || { echo "the cluster did not come up:" >&2; tail -20 "$work/jobmanager.log" "$work/taskmanager.log" >&2; exit 1; }

echo "submitting: java -jar rdrop-flink-bundled.jar prepare $experiment --runner FlinkRunner --flink-master localhost:$rest_port --parallelism $parallelism"
t0=$(date +%s)
(cd "$work/client" && RDROP_HOME="$root" java -jar "$bundle" \
  prepare "$experiment" --runner FlinkRunner --flink-master "localhost:$rest_port" --parallelism "$parallelism" \
  --out runs/cluster > "$work/cluster.out" 2> "$work/cluster.err") \
  || { cat "$work/cluster.err" >&2; echo "TaskManager log: last lines" >&2; tail -20 "$work/taskmanager.log" >&2; exit 1; }
t1=$(date +%s)
echo "cluster run: $((t1 - t0)) s; now the same on the local DirectRunner ..."
"$root/rdrop" prepare "$experiment" --out "$work/local" > /dev/null 2> "$work/local.err" \
  || { cat "$work/local.err" >&2; exit 1; }

if [[ -n "$(find "$work/taskmanager" -type f -print -quit)" ]]; then
  echo "the TaskManager wrote into its own working directory:" >&2
  find "$work/taskmanager" -type f >&2
  exit 1
fi
if ! cmp -s "$work/client/runs/cluster/manifest.json" "$work/local/manifest.json"; then
  echo "the cluster run's manifest differs from the local run's:" >&2
  diff "$work/client/runs/cluster/manifest.json" "$work/local/manifest.json" >&2 || true
  exit 1
fi
echo "cluster run reproduced the local run: identical manifest.json" \
  "($(grep -c '"sha256"' "$work/local/manifest.json") SHA-256 entries)"

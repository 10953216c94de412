#!/usr/bin/env bash
# Starts the Docker daemon in the background unless one answers, and waits until `docker info` does.
# For CI machines without systemd (the daemon comes from Debian's docker.io package). Log: /tmp/dockerd.log
set -euo pipefail
if docker info >/dev/null 2>&1; then
  exit 0
fi
command -v dockerd >/dev/null || { echo "docker-up.sh: dockerd missing (apt-get install docker.io)" >&2; exit 1; }
echo "docker-up.sh: starting dockerd (log: /tmp/dockerd.log)" >&2
nohup dockerd >/tmp/dockerd.log 2>&1 &
for _ in $(seq 60); do
  docker info >/dev/null 2>&1 && exit 0
  sleep 1
done
echo "docker-up.sh: dockerd did not answer within 60 s; last lines of /tmp/dockerd.log:" >&2
tail -20 /tmp/dockerd.log >&2
exit 1

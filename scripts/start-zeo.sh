#!/usr/bin/env bash
# `make start-zeo`: one ZEO server holding the database and two Zope instances sharing it,
# on PORT and PORT2 (default 8080 and 8081), the demo site created on first run. Put a load
# balancer in front of the instances to serve more people; see docs/scaling.md.
set -euo pipefail
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8080}
PORT2=${PORT2:-$((PORT + 1))}
ZEO_PORT=${ZEO_PORT:-8100}
ZEO_HOME=${ZEO_HOME:-var/zeo}
ZEO_ADDRESS="127.0.0.1:${ZEO_PORT}"

for n in 1 2; do
  port=$PORT; [ "$n" = 2 ] && port=$PORT2
  "$BIN/python" scripts/make_instance.py --instance "var/zeo-instance-$n" --host "$HOST" \
    --port "$port" --zeo-address "$ZEO_ADDRESS" --zeo-home "$ZEO_HOME"
done

pids=()
cleanup() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

"$BIN/runzeo" -C "$ZEO_HOME/etc/zeo.conf" &
pids+=($!)
for _ in $(seq 1 50); do
  "$BIN/python" -c "import socket,sys; s=socket.socket(); s.settimeout(0.2); sys.exit(s.connect_ex(('127.0.0.1', $ZEO_PORT)))" && break
  sleep 0.2
done

"$BIN/zconsole" run var/zeo-instance-1/etc/zope.conf scripts/create_demo_site.py
for n in 1 2; do
  "$BIN/runwsgi" "var/zeo-instance-$n/etc/zope.ini" &
  pids+=($!)
done
echo "ZEO server on ${ZEO_ADDRESS}; instances on http://localhost:${PORT}/Plone and http://localhost:${PORT2}/Plone"
wait

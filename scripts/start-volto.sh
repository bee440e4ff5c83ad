#!/usr/bin/env bash
# `make start-volto`: the Volto-ready demo in its own instance (VOLTO_INSTANCE, default
# instance-volto: the classic demo of `make start` keeps its own), site "Plone" with the
# add-on, the demo reviews and plone.volto, served on VOLTO_BACKEND_PORT; and Volto (the
# production build of frontend/ with volto-scrqm) on VOLTO_PORT, which forwards its API
# calls (/++api++) to that backend.
set -euo pipefail
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
VOLTO_PORT=${VOLTO_PORT:-3000}
VOLTO_BACKEND_PORT=${VOLTO_BACKEND_PORT:-8082}
VOLTO_INSTANCE=${VOLTO_INSTANCE:-instance-volto}

"$BIN/python" scripts/make_instance.py --instance "$VOLTO_INSTANCE" --host "$HOST" \
  --port "$VOLTO_BACKEND_PORT"
SCRQM_DEMO_FRONTEND=volto "$BIN/zconsole" run "$VOLTO_INSTANCE/etc/zope.conf" \
  scripts/create_demo_site.py

pids=()
cleanup() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

"$BIN/runwsgi" "$VOLTO_INSTANCE/etc/zope.ini" &
pids+=($!)
for _ in $(seq 1 100); do
  "$BIN/python" -c "import socket,sys; s=socket.socket(); s.settimeout(0.2); sys.exit(s.connect_ex(('127.0.0.1', $VOLTO_BACKEND_PORT)))" && break
  sleep 0.2
done

cd frontend
NODE_ENV=production HOST="$HOST" RAZZLE_BIND_ADDRESS="$HOST" PORT="$VOLTO_PORT" \
  RAZZLE_API_PATH="http://localhost:${VOLTO_PORT}" \
  RAZZLE_DEV_PROXY_API_PATH="http://localhost:${VOLTO_BACKEND_PORT}/Plone" \
  node build/server.js &
pids+=($!)
echo "Volto on http://localhost:${VOLTO_PORT} (backend http://localhost:${VOLTO_BACKEND_PORT}/Plone; user admin; local trial only)"
wait

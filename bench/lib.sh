# Shared shell library of the benchmark scripts in bench/ (sourced, not run):
#
#   . "$(dirname "$0")/lib.sh"
#
# It moves to the repository root, finds (or builds) the packaged jar, starts and stops the service on
# a free port with a fresh data directory and the bench accounts, generates and imports WhatsApp
# exports, samples peak RSS and heap, computes medians and percentiles, and appends figures to the
# results file of bench/run.
#
# Environment understood by every script that sources it:
#   JAR              the packaged jar (default: $JELI_BUILD_DIR/quarkus-app/quarkus-run.jar)
#   JELI_BUILD_DIR   Maven build directory (mvn -Djeli.build.dir=...; default target)
#   BENCH_FIGURES    file to which `figure` appends one JSON line per figure (unset: printed only)
#   BENCH_JFR_DIR    when set, every JVM started through the library records a JFR profile there
#   BENCH_QUICK      1 when bench/run --quick runs the script (scripts pick smaller sizes)
# shellcheck shell=bash

BENCH_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$BENCH_LIB_DIR/.."
BENCH_NAME=${BENCH_NAME:-$(basename "$0")}
BUILD_DIR=${JELI_BUILD_DIR:-target}
JAR=${JAR:-$BUILD_DIR/quarkus-app/quarkus-run.jar}
BENCH_PASSWORD=${BENCH_PASSWORD:-bench-passphrase-$$-jeli}
PASSWORD=$BENCH_PASSWORD
BENCH_PIDS=()
# The JVM flags ./jeli starts the service with (jvm.flags, ADR 0024).
mapfile -t JELI_JVM_FLAGS < <(grep -v '^#' "$BENCH_LIB_DIR/../jvm.flags")

# --- the jar --------------------------------------------------------------------------------------

ensure_jar() { # builds the jar when it is missing
  if [ ! -f "$JAR" ]; then
    echo "== building $JAR" >&2
    mvn -B -q -DskipTests -Dspotless.check.skip=true ${JELI_BUILD_DIR:+-Djeli.build.dir=$JELI_BUILD_DIR} package
  fi
}

# --- arithmetic -----------------------------------------------------------------------------------

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { print b - a }'; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { if (s < 0.001) s = 0.001; printf "%.1f", b / 1048576 / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
percentile() { sort -g | awk -v p="$1" '{ a[NR] = $1 } END { i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; print a[i] }'; }
thousands() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; } # 100000 -> 100,000
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json_field() { python3 -c 'import sys, json; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$@"; } # file field

# --- the service ----------------------------------------------------------------------------------

jfr_option() { # $1 label -> the -XX:StartFlightRecording option when BENCH_JFR_DIR is set
  if [ -n "${BENCH_JFR_DIR:-}" ]; then
    mkdir -p "$BENCH_JFR_DIR"
    echo "-XX:StartFlightRecording=filename=$BENCH_JFR_DIR/$BENCH_NAME-$1-$$.jfr,settings=default,dumponexit=true"
  fi
}

wait_ready() { # $1 base URL, $2 timeout in seconds -> 0 when /q/health/ready answers 200
  local deadline=$(($(date +%s) + ${2:-120}))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    curl -fs -o /dev/null "$1/q/health/ready" 2> /dev/null && return 0
    sleep 0.1
  done
  return 1
}

# start_service DATA_DIR [JVM option...]
#   Starts the packaged service on a free port with DATA_DIR (created fresh unless KEEP_DATA=1), the
#   log beside it (DATA_DIR.log), then creates the accounts unless BENCH_ACCOUNTS=0. Extra
#   environment (e.g. JELI_STORAGE_ENCRYPTION=false) is passed by the caller's environment. Sets
#   SERVICE_PID, SERVICE_PORT, SERVICE_URL, SERVICE_READY_S (seconds from exec to ready).
start_service() {
  local dir=$1
  shift
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  SERVICE_PORT=$(free_port)
  SERVICE_URL=http://127.0.0.1:$SERVICE_PORT
  local t0
  t0=$(now)
  # The benchmark scripts its own accounts: no second factor for them.
  JELI_AUTH_SECOND_FACTOR_REQUIRED_ROLES=none JELI_ADMIN_PASSWORD=$BENCH_PASSWORD \
    java "${JELI_JVM_FLAGS[@]}" "$@" $(jfr_option "$(basename "$dir")") -Djeli.data-dir="$dir" -Dquarkus.http.port="$SERVICE_PORT" \
    -jar "$JAR" > "$dir.log" 2>&1 &
  SERVICE_PID=$!
  BENCH_PIDS+=("$SERVICE_PID")
  if ! wait_ready "$SERVICE_URL" "${START_TIMEOUT:-180}"; then
    echo "service did not start; see $dir.log" >&2
    tail -5 "$dir.log" >&2
    exit 1
  fi
  SERVICE_READY_S=$(elapsed "$t0" "$(now)")
  if [ "${BENCH_ACCOUNTS:-1}" = 1 ]; then setup_accounts "$SERVICE_URL"; fi
}

# A collection "bench" (COLLECTION_ID), an archivist "bench" who uploads and an investigator "reader"
# who reads and exports, both cleared for everything in it.
setup_accounts() { # $1 base URL
  local b=$1 u
  COLLECTION_ID=$(curl -fs -u "admin:$BENCH_PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$b/api/collections" | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
  for u in bench:archivist reader:investigator; do
    curl -fs -o /dev/null -u "admin:$BENCH_PASSWORD" -H 'Content-Type: application/json' \
      -d "{\"username\":\"${u%%:*}\",\"password\":\"$BENCH_PASSWORD\",\"role\":\"${u##*:}\"}" "$b/api/users"
    curl -fs -o /dev/null -u "admin:$BENCH_PASSWORD" -X PUT -H 'Content-Type: application/json' \
      -d "{\"role\":\"${u##*:}\",\"clearance\":\"sealed\"}" "$b/api/collections/$COLLECTION_ID/members/${u%%:*}"
  done
}

api_token() { # $1 base URL, $2 user -> an API token (HTTP Basic costs an Argon2id check per request)
  curl -fs -u "$2:$BENCH_PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$1/api/tokens" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])'
}

stop_service() { # [pid] (default: the last started); SIGTERM, then waits (JFR is written on exit)
  local pid=${1:-${SERVICE_PID:-}}
  [ -n "$pid" ] || return 0
  kill "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  [ "$pid" = "${SERVICE_PID:-}" ] && SERVICE_PID=
  return 0
}

bench_cleanup() { # stops every service this script started
  local p
  for p in "${BENCH_PIDS[@]:-}"; do [ -n "$p" ] && stop_service "$p"; done
  [ -n "${HEAP_SAMPLER_PID:-}" ] && { kill "$HEAP_SAMPLER_PID" 2> /dev/null || true; }
  return 0
}
trap bench_cleanup EXIT

# --- chat imports ---------------------------------------------------------------------------------

# whatsapp_export OUT.zip MESSAGES MEDIA MEDIA_KIB: a generated WhatsApp export (bench/tools/whatsapp-export.py)
whatsapp_export() { python3 "$BENCH_LIB_DIR/tools/whatsapp-export.py" "$@"; }

# import_chat BASE_URL TOKEN ZIP [TIMEZONE]
#   POST /api/imports of ZIP into the collection "bench" as the token's user, then polls
#   GET /api/imports/{id} once a second until the state is neither QUEUED nor RUNNING. Sets
#   IMPORT_ID, IMPORT_STATE, IMPORT_STATUS (the last status JSON) and IMPORT_S (seconds from the
#   POST to the final state). Returns 0 only when the import ended DONE (gives up when the service
#   SERVICE_PID stops).
import_chat() {
  local url=$1 token=$2 zip=$3 tz=${4:-Africa/Bamako} t0
  t0=$(now)
  IMPORT_ID= IMPORT_STATUS='{}' IMPORT_S=0
  IMPORT_ID=$(curl -fs -H "Authorization: Bearer $token" -F collection=bench -F timezone="$tz" \
    -F "file=@$zip;type=application/zip" "$url/api/imports" | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])') \
    || { echo "POST /api/imports failed" >&2; IMPORT_STATE=FAILED; return 1; }
  IMPORT_STATE=QUEUED
  while [ "$IMPORT_STATE" = QUEUED ] || [ "$IMPORT_STATE" = RUNNING ]; do
    sleep 1
    if [ -n "${SERVICE_PID:-}" ] && ! kill -0 "$SERVICE_PID" 2> /dev/null; then
      echo "the service stopped during the import" >&2
      IMPORT_STATE="FAILED (service stopped)"
      break
    fi
    IMPORT_STATUS=$(curl -fs -H "Authorization: Bearer $token" "$url/api/imports/$IMPORT_ID") || continue
    IMPORT_STATE=$(echo "$IMPORT_STATUS" | python3 -c 'import sys, json; print(json.load(sys.stdin)["state"])')
  done
  IMPORT_S=$(elapsed "$t0" "$(now)")
  [ "$IMPORT_STATE" = DONE ]
}

import_count() { # $1 counts field (messages, attachments, duplicates, warnings, ...) of $IMPORT_STATUS
  echo "$IMPORT_STATUS" | python3 -c 'import sys, json; print(json.load(sys.stdin).get("counts", {}).get(sys.argv[1], 0))' "$1"
}

item_total() { # $1 base URL, then curl's credentials (-u user:pw or -H 'Authorization: Bearer ...')
  # -> the items of the collection "bench" that user sees (the total of GET /api/items)
  local url=$1
  shift
  curl -fs "$@" "$url/api/items?collection=bench&size=1" | python3 -c 'import sys, json; print(json.load(sys.stdin)["total"])'
}

# --- memory ---------------------------------------------------------------------------------------

peak_rss_mib() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; } # $1 pid

heap_used_mib() { # $1 base URL -> heap in use now (MiB), from the Prometheus metrics
  curl -fs "$1/q/metrics" 2> /dev/null \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { if (NR) printf "%d", s / 1048576 }'
}

start_heap_sampler() { # $1 base URL, $2 output file, [$3 interval s]: one "seconds MiB" line per sample
  local url=$1 out=$2 every=${3:-0.5}
  : > "$out"
  (
    t0=$(date +%s.%N)
    while true; do
      h=$(heap_used_mib "$url")
      [ -n "$h" ] && echo "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') $h" >> "$out"
      sleep "$every"
    done
  ) &
  HEAP_SAMPLER_PID=$!
}

stop_heap_sampler() {
  [ -n "${HEAP_SAMPLER_PID:-}" ] && { kill "$HEAP_SAMPLER_PID" 2> /dev/null || true; wait "$HEAP_SAMPLER_PID" 2> /dev/null || true; }
  HEAP_SAMPLER_PID=
}

# --- figures --------------------------------------------------------------------------------------

# figure key=value ...  appends one JSON line to $BENCH_FIGURES (nothing when unset). Keys:
#   name (required), value (number or text), unit, baseline_name, baseline (number),
#   target (">= 0.8x" / "<= 3x" compare the ratio value/baseline; "< 100", ">= 1" compare the value;
#   anything else needs met=), met (true|false; computed from target when omitted), ratio (computed
#   from value/baseline when omitted), notes.
figure() {
  [ -n "${BENCH_FIGURES:-}" ] || return 0
  BENCH_NAME=$BENCH_NAME python3 "$BENCH_LIB_DIR/tools/figure.py" "$@" >> "$BENCH_FIGURES"
}

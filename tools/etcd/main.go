// Command etcd is upstream etcd's server main (go.etcd.io/etcd/server/v3/main.go), built here
// so its version is pinned by this module's go.mod/go.sum.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}

#!/usr/bin/env node
// Launcher: the bundle and its lazy chunks live in ./eks-token/.
require('./eks-token/index.js');

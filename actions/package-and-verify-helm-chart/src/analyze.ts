/**
 * Everything heavy, in one lazily loaded chunk: the YAML parser, node:zlib (the archive),
 * node:crypto (the digest) and the checks. run.ts starts helm first and loads this while helm
 * works, so none of it sits before the first helm process or on the validation-failure path.
 */

export { apiVersionsFor } from './apiVersions';
export { needsDependencyBuild, parseChartYaml, readChartSource } from './chartSource';
export { countKinds, parseManifest, templatePathInChart } from '../../../src/lib/manifest';
export { readTgz } from '../../../src/lib/tgz';
export { chartYamlOf, checkPackageEntries, normalizePackage, packageMtime } from './packageContents';
export { emitAnnotations, summaryMarkdown, TemplateLocator } from './report';
export { verifyManifest } from './verify';

export { sha256Digest } from '../../../src/lib/digest';

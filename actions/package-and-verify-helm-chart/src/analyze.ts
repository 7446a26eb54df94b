/**
 * Everything that needs the YAML parser, in one lazily loaded chunk: run.ts starts helm first and
 * loads this while helm works, so parsing code never sits on the critical path.
 */
export { needsDependencyBuild, parseChartYaml, readChartSource } from './chartSource';
export { countKinds, parseManifest } from '../../../src/lib/manifest';
export { emitAnnotations, summaryMarkdown, TemplateLocator } from './report';
export { verifyManifest } from './verify';

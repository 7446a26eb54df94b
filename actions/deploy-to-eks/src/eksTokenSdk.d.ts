// The STS client's endpoint ruleset modules, imported by path (eksTokenEndpoint.ts): the package
// ships their ESM under dist-es/ and their types under dist-types/.
declare module '@aws-sdk/client-sts/dist-es/endpoint/endpointResolver.js' {
  export * from '@aws-sdk/client-sts/dist-types/endpoint/endpointResolver';
}
declare module '@aws-sdk/client-sts/dist-es/endpoint/EndpointParameters.js' {
  export * from '@aws-sdk/client-sts/dist-types/endpoint/EndpointParameters';
}

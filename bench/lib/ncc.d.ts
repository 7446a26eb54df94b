/** The part of @vercel/ncc's API bench/retry.ts uses (the package ships no types). */
declare module '@vercel/ncc' {
  interface NccOptions {
    cache?: boolean;
    transpileOnly?: boolean;
    quiet?: boolean;
    target?: string;
    minify?: boolean;
    sourceMap?: boolean;
  }
  export default function ncc(
    entry: string,
    options?: NccOptions
  ): Promise<{ code: string; assets: Record<string, { source: string | Buffer }> }>;
}

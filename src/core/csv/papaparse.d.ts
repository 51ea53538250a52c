// The one function we use from papaparse, typed here: @types/papaparse references Node's types, which
// would leak `node:` modules into the pure core (tsconfig.core.json has `types: []`). The minified build
// is the package's browser build: it has no `require('stream')`, so it bundles for the renderer as is
// and runs the same under Node.
declare module 'papaparse/papaparse.min.js' {
  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    quoteChar?: string;
    escapeChar?: string;
    delimiter?: string;
    header?: boolean;
    newline?: string;
    skipEmptyLines?: boolean | 'greedy';
    columns?: string[];
    escapeFormulae?: boolean | RegExp;
  }
  const Papa: { unparse(data: string[][], config?: UnparseConfig): string };
  export default Papa;
}

// The one function we use from papaparse, typed here: @types/papaparse references Node's types, which
// would leak `node:` modules into the pure core (tsconfig.core.json has `types: []`).
declare module 'papaparse/papaparse.js' {
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

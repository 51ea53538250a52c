// Node ESM hook for the Playwright processes: src/core imports its JSON data the bundler way
// (`import x from './x.json'`, no `with { type: 'json' }`), which Vite and vitest accept and
// plain Node refuses. Serve such imports as an ES module whose default export is the data.
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && context.importAttributes?.type !== 'json') {
    const result = await nextLoad(url, { ...context, format: 'json', importAttributes: { ...context.importAttributes, type: 'json' } });
    const text = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
    return { format: 'module', source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}

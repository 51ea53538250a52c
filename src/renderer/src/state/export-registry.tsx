// The menu's "Export" acts on whichever view is showing: the view registers its exporter here.
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';

type Exporter = () => Promise<void>;

interface Registry {
  current(): Exporter | null;
  set(exporter: Exporter | null): void;
}

const ExportContext = createContext<Registry | null>(null);

export function ExportProvider({ children }: { children: ReactNode }) {
  const ref = useRef<Exporter | null>(null);
  const registry = useMemo<Registry>(() => ({ current: () => ref.current, set: (e) => (ref.current = e) }), []);
  return <ExportContext.Provider value={registry}>{children}</ExportContext.Provider>;
}

export function useExportRegistry(): Registry {
  const registry = useContext(ExportContext);
  if (!registry) throw new Error('useExportRegistry outside ExportProvider');
  return registry;
}

/** Registers the active view's exporter while it is mounted. */
export function useRegisterExport(exporter: Exporter): void {
  const registry = useExportRegistry();
  const latest = useRef(exporter);
  latest.current = exporter;
  useEffect(() => {
    registry.set(() => latest.current());
    return () => registry.set(null);
  }, [registry]);
}

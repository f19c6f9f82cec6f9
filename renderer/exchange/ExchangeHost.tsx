import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { useExchange } from './exchangeStore';
import './exchange.css';

/** Shows the export or import dialog over whichever view is on screen. */
export function ExchangeHost() {
  const open = useExchange((state) => state.target);
  if (open === 'export') return <ExportDialog />;
  if (open === 'import') return <ImportDialog />;
  return null;
}

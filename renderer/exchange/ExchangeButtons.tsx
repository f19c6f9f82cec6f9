import { useExchange } from './exchangeStore';
import './ExchangeButtons.css';

/** The header's way into sharing: import a file, export the plan. */
export function ExchangeButtons() {
  const show = useExchange((state) => state.open);
  return (
    <div className="exchange-buttons">
      <button type="button" className="button" onClick={() => show('import')}>
        Import…
      </button>
      <button type="button" className="button" onClick={() => show('export')}>
        Export…
      </button>
    </div>
  );
}

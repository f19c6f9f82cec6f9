// The plan's request leaves before anything else here runs (see startLoading.ts).
import './app/startLoading';
// The shared sheet first: every component's own sheet comes after it and may refine it.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

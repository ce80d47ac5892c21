// The entry point: one store over the real API, started once, rendered by React.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client.ts';
import { App } from './components/app.tsx';
import { BedsideContext } from './components/bedside-context.ts';
import { createBedsideStore } from './state/store.ts';
import './styles.css';
import './feedback.css';
import './progress.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const store = createBedsideStore(createApiClient());
void store.getState().start();

createRoot(root).render(
  <StrictMode>
    <BedsideContext value={store}>
      <App />
    </BedsideContext>
  </StrictMode>,
);

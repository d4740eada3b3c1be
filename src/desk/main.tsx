import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import 'leaflet/dist/leaflet.css';
import '../views/styles/base.css';
import './views/desk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LANGUAGES, type Language } from '../../geo/contract';
import { unmarkedLanguage } from '../i18n/language';
import { indexedDbStorage } from './platform/storage';
import { createReadingClient } from './reading/reading-client';
import { createDeskStore } from './store/desk-store';
import { DeskApp } from './views/DeskApp';
import { DeskContext } from './views/use-desk';

const asked = new URLSearchParams(location.search).get('lang');
const language = LANGUAGES.includes(asked as Language)
  ? (asked as Language)
  : unmarkedLanguage(navigator.languages);
const worker = new Worker(new URL('./reading/reading.worker.ts', import.meta.url), { type: 'module' });
const reader = createReadingClient(worker);
const store = createDeskStore({ storage: indexedDbStorage(), reader, language });
void store.getState().start();

const root = document.getElementById('root');
if (!root) throw new Error('the desk page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <DeskContext value={{ store, reader }}>
      <DeskApp />
    </DeskContext>
  </StrictMode>,
);

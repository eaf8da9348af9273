import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBridge } from './bridge';
import { loadDeckFonts } from './fonts';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const bridge = createBridge();
// Draw nothing until the deck font is in: a slide drawn in a fallback font would wrap
// differently from the deck's measurements.
void loadDeckFonts().then(() => {
  root.render(
    <StrictMode>
      <App bridge={bridge} />
    </StrictMode>,
  );
});

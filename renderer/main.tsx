import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';

const root = document.getElementById('root');
if (!root) throw new Error('Gloss: #root is missing from index.html');

// Until preferences load, follow the system, so the first frame is already in the right colours.
document.documentElement.dataset.theme = window.matchMedia('(prefers-color-scheme: dark)').matches
  ? 'dark'
  : 'light';

createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);

// The site's light or dark theme: the system's (prefers-color-scheme) until
// the visitor picks one with the header's switch, which this browser then
// remembers (localStorage). The choice sits on the root element as
// data-theme, where the dark palette applies; the canvas colours are read
// from it and every component updates, so the plots redraw in the new
// colours.
import { css } from 'lit';
import { darkPalette } from '../components/base/dark-palette.js';
import { useThemeColors } from '../components/base/colors.js';

const KEY = 'deep-playground:theme';
const THEMES = ['light', 'dark'];
const systemDark = matchMedia('(prefers-color-scheme: dark)');
/** The choice made on this page when storage refuses it. */
let chosenHere = null;
const darkRoot = css`
  :root[data-theme='dark'] {
    ${darkPalette}
  }
`;

/** 'light' or 'dark': the visitor's choice, else the system's. */
export function currentTheme() {
  const chosen = storedChoice();
  return chosen ?? (systemDark.matches ? 'dark' : 'light');
}

/** Remembers `theme` ('light' or 'dark') and shows the site in it. */
export function chooseTheme(theme) {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage refused (a private window's quota): the choice holds for this page only.
    chosenHere = theme;
  }
  applyTheme();
}

/** Applies the theme now and whenever the system's changes (until the visitor chooses). */
export function startColorTheme() {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, darkRoot.styleSheet];
  applyTheme();
  systemDark.addEventListener('change', applyTheme);
}

function storedChoice() {
  let stored = chosenHere;
  try {
    stored = localStorage.getItem(KEY) ?? chosenHere;
  } catch {
    // No storage: only this page's choice.
  }
  return THEMES.includes(stored) ? stored : null;
}

function applyTheme() {
  const root = document.documentElement;
  if (root.dataset.theme === currentTheme()) return;
  root.dataset.theme = currentTheme();
  useThemeColors(getComputedStyle(root));
  updateAll(document);
}

// Every Lit component in `root` and the shadow roots inside it: each draws its canvases again.
function updateAll(root) {
  for (const element of root.querySelectorAll('*')) {
    element.requestUpdate?.();
    if (element.shadowRoot) updateAll(element.shadowRoot);
  }
}

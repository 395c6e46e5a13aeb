// KaTeX's @font-face rules, added once to the host document: a font declared
// inside a shadow root is not used, so the formulas in the elements' shadow
// roots need the KaTeX_* families declared in the document itself. Only
// @font-face rules go there (under KaTeX's own family names); the rest of
// KaTeX's stylesheet stays inside each shadow root. The font files load from
// beside this library (the build rewrote their URLs to absolute ones).
import { katexStyles } from '../components/tex/inline-tex.js';

let installed = false;

export function installKatexFonts(doc = document) {
  if (installed) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync((katexStyles.cssText.match(/@font-face\s*\{[^}]*\}/g) ?? []).join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

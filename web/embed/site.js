// Where the Deep Playground site is, for the links an embedded element makes
// (open in the playground): the folder the library was loaded from, which
// the build makes the site's root. The single-file lesson has no site: null.
let siteBase = null;

export function setSiteBase(url) {
  siteBase = url ? new URL(url) : null;
}

/** A route path ('playground/') as an absolute URL on the site, or null without one. */
export function siteUrl(routePath) {
  return siteBase && new URL(routePath, siteBase).href;
}

/** What the pages take as `href`: route path -> URL (undefined without a site, so that they leave the links out). */
export function siteHref() {
  return siteBase ? (routePath) => new URL(routePath, siteBase).href : undefined;
}

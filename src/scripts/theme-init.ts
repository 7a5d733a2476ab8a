/**
 * Runs inline in <head>, before the first paint, so a reader's saved theme never flashes the
 * other one, and so controls that need JavaScript (class js-only) are laid out from the first
 * paint instead of appearing later and shifting the page. Kept tiny; astro.config.mjs hashes
 * it for the CSP.
 */
export const THEME_INIT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

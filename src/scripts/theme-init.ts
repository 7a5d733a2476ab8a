/**
 * Runs inline in <head>, before the first paint, so a reader's saved theme never flashes the
 * other one. Kept tiny and dependency-free; astro.config.mjs hashes it for the CSP.
 */
export const THEME_INIT = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

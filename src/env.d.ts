declare namespace App {
  interface Locals {
    /** How many times each figure has been shown so far on the page being rendered (see Fig.astro). */
    figureUses?: Map<string, number>;
  }
}

/**
 * Astro components as TypeScript alone sees them. `astro check` reads .astro files itself; this
 * is for tools that use TypeScript without Astro's language tools (ESLint's type-aware rules),
 * which would otherwise give every imported component an unresolved type.
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

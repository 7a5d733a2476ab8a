declare namespace App {
  interface Locals {
    /** How many times each figure has been shown so far on the page being rendered (see Fig.astro). */
    figureUses?: Map<string, number>;
  }
}

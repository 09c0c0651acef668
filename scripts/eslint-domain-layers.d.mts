// Types for scripts/eslint-domain-layers.mjs, the local lint rule eslint.config.js loads.
import type { ESLint } from 'eslint';
declare const plugin: ESLint.Plugin;
export default plugin;

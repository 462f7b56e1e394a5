// The engine's public surface. Entry points, components, the CLI and the tests import from here.
export * from './model';
export { buildFactBase } from './build-facts';
export { compileMatcher, type Matcher } from './matcher';
export { checkText } from './check';
export { detectLang } from './text/detect-lang';

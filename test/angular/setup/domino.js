// @angular/platform-server's server DOM, as platform-server imports it (`import domino from
// '../third_party/domino/bundled-domino.mjs'`), mapped here by jest.config.js. jest-preset-angular compiles the
// .mjs files of node_modules with esbuild, whose default import of a compiled ES module in a .mjs file is the whole
// namespace, `{ default: domino }`: platform-server would find no `domino.impl`. This module is domino itself.
module.exports =
  require('../../../node_modules/@angular/platform-server/third_party/domino/bundled-domino.mjs').default;

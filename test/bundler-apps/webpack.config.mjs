// A webpack 5 app with nothing added for the package: webpack copies the files named by
// `new URL('…', import.meta.url)` as assets by itself.
export default (mode) => ({
  mode,
  context: import.meta.dirname,
  entry: './src/main.js',
  output: { path: process.env.APP_OUT_DIR, filename: 'main.js', clean: true },
});

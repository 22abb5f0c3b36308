// The figure is under Vite's 4 kB inlining limit, so by default it would become a data: URL and
// the test could not see where it came from: here every asset is a file Vite emits.
export default {
  build: { assetsInlineLimit: 0 },
};

// The byte budget (issue: entry + one article <= 16 kB gzip). Checked by `npm run size`, part of npm test.
module.exports = [
  {
    name: 'Script-tag entry and its elements chunk + the Myoclonus article (en)',
    path: ['dist/health-topic-elements.js', 'dist/chunks/elements-*.js', 'dist/topics/myoclonus.en.*.json'],
    gzip: true,
    limit: '18.5 kB',
  },
  {
    name: 'Script-tag entry and its elements chunk',
    path: ['dist/health-topic-elements.js', 'dist/chunks/elements-*.js'],
    gzip: true,
    limit: '16.5 kB',
  },
];

// The house rules of pipeline/ (ARCHITECTURE.md), checked by dependency-cruiser in `make test` (test/ci/architecture.test.ts).
// Stages run read → reconcile → compose → render; typography serves compose and render; the builder and the
// commands drive the stages. An import against the flow fails the test with the rule's name.
const STAGES = ['read', 'reconcile', 'compose', 'render'];
const later = (stage) => STAGES.slice(STAGES.indexOf(stage) + 1);
const folder = (names) => `^pipeline/(${names.join('|')})/`;
/** What drives the stages: the commands, the builder and the entry points. */
const DRIVERS = '^pipeline/(commands/|builder/|cli\\.ts$|worker\\.ts$|cached\\.ts$)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Data flows one way: no module reaches itself again through its imports.', from: { path: '^pipeline/' }, to: { circular: true } },
    ...STAGES.filter((s) => later(s).length).map((stage) => ({
      name: `${stage}-imports-no-later-stage`,
      severity: 'error',
      comment: `${stage}/ runs before ${later(stage).join(', ')}: it cannot depend on them.`,
      from: { path: folder([stage]) },
      to: { path: folder(later(stage)) },
    })),
    {
      name: 'render-imports-no-reconcile-module',
      severity: 'error',
      comment:
        'The writers format what reconcile found, handed over as the Reconciled value (its text already in sentences, Reconciled.text): they never split sentences or read facts again.',
      from: { path: '^pipeline/render/' },
      to: { path: '^pipeline/reconcile/' },
    },
    {
      name: 'readers-import-no-stage',
      severity: 'error',
      comment: 'The readers turn bytes into trees and know nothing of what is done with them.',
      from: { path: '^pipeline/read/' },
      to: { path: folder(['reconcile', 'compose', 'render', 'typography', 'builder', 'commands']) },
    },
    {
      name: 'stages-import-no-driver',
      severity: 'error',
      comment: 'A stage is driven; it never imports a command, the builder or an entry point.',
      from: { path: folder([...STAGES, 'typography']) },
      to: { path: DRIVERS },
    },
    {
      name: 'typography-imports-no-stage',
      severity: 'error',
      comment: 'Fonts, fallback and measuring serve compose and render and use neither.',
      from: { path: '^pipeline/typography/' },
      to: { path: folder([...STAGES, 'builder', 'commands']) },
    },
    {
      name: 'fs-only-in-io-modules',
      severity: 'error',
      comment:
        'Files are read and written by the I/O modules (io.ts, assets.ts, article.ts), the builder, the commands, and the two stage modules that load their own resources (templates, fonts); a stage gets its data as values.',
      from: {
        path: '^pipeline/',
        pathNot: '^pipeline/(io\\.ts|assets\\.ts|article\\.ts|builder/|commands/|compose/environment\\.ts|typography/fonts\\.ts)',
      },
      to: { path: '^(fs|fs/promises)$', dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};

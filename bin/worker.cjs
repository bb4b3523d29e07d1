// The build pool's worker (pipeline/commands/build.ts): dist/worker.js. A pool's workers start once and then build
// many articles, so V8's code cache (bin/code-cache.cjs), which only shortens a start, is not loaded here: each
// worker would hold the whole program's compiled code and the cache's bytes (about 40 MB more peak memory for a
// two-job corpus build, measured with /usr/bin/time, at the same CPU time).
'use strict';
module.exports = import('../dist/worker.js').then((worker) => worker.default);

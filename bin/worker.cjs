// The build pool's worker (pipeline/build.ts): the code-cached bundle's worker when its cache holds
// (bin/code-cache.cjs), else dist/worker.js. Piscina awaits the exported promise for the task function.
'use strict';
const cached = require('./code-cache.cjs').load();
module.exports = (cached ? cached.worker() : import('../dist/worker.js')).then((worker) => worker.default);

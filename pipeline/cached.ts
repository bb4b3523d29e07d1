// Entry of the code-cached bundle (dist/brief.cjs, run by bin/code-cache.cjs from V8's code cache): the command
// and the pool worker in one script, so that one cache made by `make` serves both. Each loads only when asked.
export const cli = () => import('./cli.ts');
export const worker = () => import('./worker.ts');

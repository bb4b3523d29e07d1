# The two commands of the README: `make` builds the briefings, `make test` runs the test suite.
SHELL := /bin/bash
NPM_STAMP := node_modules/.package-lock.json
SOURCES := $(shell find pipeline -name '*.ts' -not -name '*.test.ts') $(wildcard templates/schemas/*.json templates/*.hbs templates/partials/*.hbs templates/fonts/*.ttf) scripts/bundle.mjs scripts/latin1.mjs scripts/compromise-bundle.mjs scripts/validators-plugin.mjs scripts/code-cache.mjs bin/code-cache.cjs scripts/snapshot.mjs bin/snapshot.cjs package-lock.json

.PHONY: all build test bench fuzz typecheck clean eval

all: build

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The bundle, then V8's code cache of it (dist/brief.cjs.cache, after a warm-up build of sources/ into a temporary
# folder), then the start-up snapshot of a warm build (dist/brief.blob, bin/snapshot.cjs): bundling replaces dist/,
# cache, snapshot and all, so both are always made from the bundle beside them.
dist/cli.js: $(NPM_STAMP) $(SOURCES)
	node scripts/bundle.mjs
	node scripts/code-cache.mjs
	node scripts/snapshot.mjs

build: dist/cli.js
	bin/brief build --sources sources --out output

test: dist/cli.js
	scripts/system-packages.sh
	npx tsc --noEmit -p .
	npx vitest run

typecheck: $(NPM_STAMP)
	npx tsc --noEmit -p .

BENCHES := startup reconcile pdf outputs corpus large watch

# 100,000 fuzzing cases over readers, manifests, reconcile and writers (scripts/fuzz.ts); FUZZ_RUNS and FUZZ_SEED override.
fuzz: dist/cli.js
	npx tsx scripts/fuzz.ts

bench: dist/cli.js
	scripts/system-packages.sh bench
	@for b in $(BENCHES); do if [ -f bench/$$b.ts ]; then npx tsx bench/$$b.ts || exit 1; fi; done

clean:
	rm -rf dist output

# The evaluation set's per-pair table (test/fixtures/eval): recall, precision, kind accuracy and conflicts, dev and test apart.
eval: $(NPM_STAMP)
	npx tsx test/eval/table.ts

#!/usr/bin/env bash
# Installs the Debian packages the test suite drives (PDF, EPUB, XML and browser checks) when they are missing,
# and with `bench` the peer tools the benches compare with (pandoc, weasyprint):
# `make test` runs this first, so the README's two commands are all the set-up a fresh machine needs.
set -euo pipefail

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
command -v xmllint >/dev/null || need+=(libxml2-utils)
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
command -v chromium >/dev/null || need+=(chromium)
command -v python3 >/dev/null || need+=(python3)
# `make bench` measures brief beside the peer tools its issue names.
if [ "${1:-}" = bench ]; then
  command -v pandoc >/dev/null || need+=(pandoc)
  command -v weasyprint >/dev/null || need+=(weasyprint)
fi
[ ${#need[@]} -eq 0 ] && exit 0

echo "installing Debian packages the tests need: ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "make test needs these Debian packages: ${need[*]}; install them (apt-get install ${need[*]}) as root, then run make test again" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
# apt's own chatter (debconf notes) is kept back and shown only if the install fails.
log=$(mktemp)
if ! { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "could not install ${need[*]}; install them by hand (apt-get install ${need[*]}), then run make test again" >&2
  rm -f "$log"
  exit 2
fi
rm -f "$log"

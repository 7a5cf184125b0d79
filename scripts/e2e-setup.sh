#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, idempotently (a no-op in well under a second when all is
# there): Debian's chromium (driven by playwright-core) and code-server 4.100.3 (VS Code 1.100.3 in
# a browser; the newest 4.x whose engines accept Node 20) into .tools/code-server.
#
# code-server is installed locally, not with `npm install -g` (its postinstall's nested npm install
# fails in global mode). Its dependencies need: libkrb5-dev + build-essential (kerberos builds from
# source), npm_config_yes (node-pty's install runs npx), npm_config_unsafe_perm (as root), and
# ripgrep from apt placed in @vscode/ripgrep's download cache (no GitHub access needed).
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
TOOLS=.tools/code-server
CS_PKG="$TOOLS/node_modules/code-server/package.json"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
have_code_server() {
  [ -f "$CS_PKG" ] && [ -x "$TOOLS/node_modules/.bin/code-server" ] &&
    [ -d "$TOOLS/node_modules/code-server/lib/vscode/node_modules" ] &&
    node -e "process.exit(require('./$CS_PKG').version === '$CODE_SERVER_VERSION' ? 0 : 1)"
}
if ! have_code_server; then
  command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
  dpkg -s build-essential >/dev/null 2>&1 || need_apt+=(build-essential)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e-setup: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if ! have_code_server; then
  echo "e2e-setup: installing code-server@$CODE_SERVER_VERSION into $TOOLS (about 2 minutes)"
  # @vscode/ripgrep 1.15.11 looks in this cache before downloading from GitHub.
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$cache"
  tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  rm -rf "$TOOLS"
  mkdir -p "$TOOLS"
  echo '{"private":true}' > "$TOOLS/package.json"
  (
    cd "$TOOLS"
    npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund --foreground-scripts \
      "code-server@$CODE_SERVER_VERSION" > install.log 2>&1 || { tail -50 install.log; exit 1; }
  )
  have_code_server || { echo "e2e-setup: code-server install incomplete, see $TOOLS/install.log"; exit 1; }
fi

echo "e2e-setup: code-server $CODE_SERVER_VERSION in $TOOLS, chromium $(dpkg-query -W -f='${Version}' chromium 2>/dev/null || echo '?')"

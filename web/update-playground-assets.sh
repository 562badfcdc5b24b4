#!/usr/bin/env bash
# Re-fetches the GraphiQL playground's browser bundles with npm into a
# temporary directory and copies the few minified files the page loads into
# web/static/playground/. npm is the only download source. Change a version
# here and in VERSIONS.md together, then run the web tests.
set -euo pipefail

GRAPHIQL=graphiql@3.9.0       # 3.x is the last line that ships a UMD bundle
REACT=react@18.3.1            # react 19 dropped the UMD builds
REACT_DOM=react-dom@18.3.1
GRAPHQL_WS=graphql-ws@5.16.2  # 5.x ships umd/; used for subscriptions over ws

here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/static/playground"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "$GRAPHIQL" "$REACT" "$REACT_DOM" "$GRAPHQL_WS" >/dev/null

# unpack NAME: extracts NAME-*.tgz into ./NAME/package.
unpack() {
	mkdir -p "$1"
	tar xzf "$1"-[0-9]*.tgz -C "$1"
}
for pkg in graphiql react react-dom graphql-ws; do unpack "$pkg"; done

mkdir -p "$dest"
cp graphiql/package/graphiql.min.js    "$dest/graphiql.min.js"
cp graphiql/package/graphiql.min.css   "$dest/graphiql.min.css"
cp react/package/umd/react.production.min.js         "$dest/react.production.min.js"
cp react-dom/package/umd/react-dom.production.min.js "$dest/react-dom.production.min.js"
cp graphql-ws/package/umd/graphql-ws.min.js          "$dest/graphql-ws.min.js"

# The bundles end with a sourceMappingURL comment naming maps we do not ship;
# browsers only fetch them with dev tools open, and then from the same origin.
ls -l "$dest"

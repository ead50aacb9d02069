#!/usr/bin/env bash
# Builds the NNPlay Linux installer with jpackage.
#
#   jpackage/build.sh [app-image|deb|all]      (default: app-image)
#
# Output goes to target/dist/: target/dist/NNPlay/ (app-image, run bin/NNPlay) and target/dist/nnplay_<version>_amd64.deb.
# It runs `mvn -B package -DskipTests` first unless NNPLAY_SKIP_BUILD=1 (CI sets it after `mvn -B verify`).
# jpackage comes from a JDK >= 25: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm. A .deb also needs
# fakeroot and dpkg-deb (Debian packages fakeroot, dpkg-dev).
set -euo pipefail

cd "$(dirname "$0")/.."
kind="${1:-app-image}"
case "$kind" in
  app-image|deb|all) ;;
  *) echo "usage: jpackage/build.sh [app-image|deb|all]" >&2; exit 2 ;;
esac

# --- find a JDK >= 25 -------------------------------------------------------------------------------------------
jdk_major() {  # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/jpackage" ] && [ -f "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
JDK=""
if [ -n "${JAVA_HOME:-}" ] && [ "$(jdk_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
  JDK="$JAVA_HOME"
else
  best=0
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk/*; do
    [ -d "$home" ] || continue
    v="$(jdk_major "$home")"
    if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$best" ]; then best="$v"; JDK="$home"; fi
  done
fi
if [ -z "$JDK" ]; then
  echo "jpackage/build.sh: NNPlay needs a JDK 25 or newer with jpackage and none was found: install one (for example Eclipse Temurin 25 under /usr/lib/jvm) and run the same command again." >&2
  exit 1
fi
echo "Using jpackage from $JDK"

# --- build the jar ----------------------------------------------------------------------------------------------
if [ "${NNPLAY_SKIP_BUILD:-0}" != 1 ]; then
  env -u JAVA_HOME mvn -B -q package -DskipTests
fi
[ -f target/nnplay.jar ] && [ -d target/lib ] || { echo "jpackage/build.sh: target/nnplay.jar is missing: run mvn -B package" >&2; exit 1; }

version="$(sed -n 's:^  <version>\([^<]*\)</version>:\1:p' pom.xml | head -n 1)"
app_version="${version%%-*}"   # jpackage wants digits and dots only (0.1.0-SNAPSHOT -> 0.1.0)

# jpackage copies its whole --input folder: stage just the jar and its lib/ (the jar's Class-Path points there).
stage=target/jpackage/input
rm -rf target/jpackage
mkdir -p "$stage" target/dist
cp target/nnplay.jar "$stage/"
cp -r target/lib "$stage/lib"

# Settings shared by every package type. The runtime is trimmed to the modules the app uses.
common=(
  --name NNPlay
  --app-version "$app_version"
  --vendor "NNPlay"
  --description "A desktop neural-network playground for teaching"
  --copyright "NNPlay authors"
  --input "$stage"
  --main-jar nnplay.jar
  --main-class org.nnplay.Launcher
  --icon assets/icons/nnplay-256.png
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management
  --java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "--sun-misc-unsafe-memory-access=allow"
  --java-options "-Dorg.bytedeco.javacpp.maxphysicalbytes=0"
  --dest target/dist
)

if [ "$kind" = app-image ] || [ "$kind" = all ]; then
  rm -rf target/dist/NNPlay
  "$JDK/bin/jpackage" --type app-image "${common[@]}"
  echo "App image: target/dist/NNPlay (run target/dist/NNPlay/bin/NNPlay)"
fi

if [ "$kind" = deb ] || [ "$kind" = all ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "jpackage/build.sh: a .deb needs $tool: apt-get install fakeroot dpkg-dev" >&2; exit 1; }
  done
  rm -f target/dist/nnplay_*.deb
  "$JDK/bin/jpackage" --type deb "${common[@]}" \
    --linux-package-name nnplay \
    --linux-deb-maintainer "nnplay@example.org" \
    --linux-menu-group Education \
    --linux-app-category education \
    --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1"
  echo "Debian package: $(ls target/dist/*.deb)"
fi

#!/usr/bin/env bash
# Builds NNPlay's installers with jpackage, on the OS they are for.
#
#   jpackage/build.sh [app-image|deb|all|msi|dmg]      (default: app-image)
#
#   app-image  target/dist/NNPlay/ (Linux: run bin/NNPlay) — any OS
#   deb        target/dist/nnplay_<version>_amd64.deb, from the app image it builds first — Linux (fakeroot, dpkg-deb)
#   all        app-image and deb — Linux
#   msi        target/dist/NNPlay-<version>.msi — Windows (WiX Toolset 3, or 4/5), run from Git Bash
#   dmg        target/dist/NNPlay-<version>.dmg — macOS
#
# It runs `mvn -B package -DskipTests` first unless NNPLAY_SKIP_BUILD=1 (CI sets it after `mvn -B verify`).
# jpackage comes from a JDK >= 25: $JAVA_HOME if it is one, else the newest in the usual folders.
# On Linux the native libraries (ND4J, OpenBLAS, JavaFX) are taken out of their jars into lib/app/native and loaded
# from there, so a run unpacks nothing into the user's home (jpackage/Natives.java).
set -euo pipefail

cd "$(dirname "$0")/.."
kind="${1:-app-image}"
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) os=other ;;
esac
case "$kind:$os" in
  app-image:*|deb:linux|all:linux|msi:windows|dmg:mac) ;;
  deb:*|all:*|msi:*|dmg:*) echo "jpackage/build.sh: a $kind is built on its own OS (this is $(uname -s)); see the README's install section." >&2; exit 2 ;;
  *) echo "usage: jpackage/build.sh [app-image|deb|all|msi|dmg]" >&2; exit 2 ;;
esac

# --- find a JDK >= 25 -------------------------------------------------------------------------------------------
jdk_major() {  # prints the major version of the JDK at $1, or nothing
  { [ -x "$1/bin/jpackage" ] || [ -x "$1/bin/jpackage.exe" ]; } && [ -f "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
JDK=""
java_home="${JAVA_HOME:-}"
if [ "$os" = windows ] && [ -n "$java_home" ]; then java_home="$(cygpath -u "$java_home")"; fi  # C:\… -> /c/…
if [ -n "$java_home" ] && [ "$(jdk_major "$java_home")" -ge 25 ] 2>/dev/null; then
  JDK="$java_home"
else
  best=0
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
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

# The Debian packages that the ELF files in app image $1 link to directly, comma-separated: each NEEDED library that
# the image does not ship itself, found with ldconfig, mapped to its package with dpkg -S. Fails on one it cannot map.
deb_depends() {
  local img="$1" own needed so path pkg
  own="$(find "$img" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)"
  needed="$(find "$img" -type f \( -name '*.so*' -o -perm -u+x \) -print0 | xargs -0 readelf -d 2>/dev/null \
    | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u | grep -vxF "$own")"
  for so in $needed; do
    path="$(/sbin/ldconfig -p | awk -v so="$so" '$1 == so && /x86-64/ { print $NF; exit }')"
    pkg="$( { [ -n "$path" ] && { dpkg -S "$path" || dpkg -S "$(readlink -f "$path")"; }; } 2>/dev/null | head -n 1)"
    [ -n "$pkg" ] || { echo "jpackage/build.sh: no installed Debian package provides $so, which the app links to: install it and build again" >&2; return 1; }
    echo "${pkg%%:*}"
  done | sort -u | paste -sd, | sed 's/,/, /g'
}

# --- build the jar ----------------------------------------------------------------------------------------------
if [ "${NNPLAY_SKIP_BUILD:-0}" != 1 ]; then
  env -u JAVA_HOME mvn -B -q package -DskipTests
fi
[ -f target/nnplay.jar ] && [ -d target/lib ] || { echo "jpackage/build.sh: target/nnplay.jar is missing: run mvn -B package" >&2; exit 1; }

version="$(sed -n 's:^  <version>\([^<]*\)</version>:\1:p' pom.xml | head -n 1)"
app_version="${version%%-*}"   # jpackage wants digits and dots only (0.1.0-SNAPSHOT -> 0.1.0)

# --- stage what goes into the app ---------------------------------------------------------------------------------
# jpackage copies its whole --input folder: stage the jar and its lib/ (the launcher lists every jar found there).
stage=target/jpackage/input
rm -rf target/jpackage
mkdir -p "$stage" target/dist
cp target/nnplay.jar "$stage/"
cp -r target/lib "$stage/lib"

# Jars that nothing NNPlay runs ever loads (checked with -Xlog:class+load over the window, train, gradcheck, bench,
# landscape and search): TilesFX's world-map, country and heat-map skins (NNPlay uses the number and spark-line
# tiles), ND4J's system-information dump (oshi, JNA, threetenbp), model-archive unpacking (commons-compress) and
# base64 serialisation (commons-net, commons-codec). 10.9 MB.
unused_jars=(countries heatmap oshi-core jna jna-platform threetenbp commons-compress commons-net commons-codec)
for name in "${unused_jars[@]}"; do rm -f "$stage/lib/$name"-[0-9]*.jar; done

# The trimmed runtime: the JDK modules the app and its libraries use (java.sql: Jackson and protobuf refer to it;
# java.management, jdk.management: bench --soak and ND4J's memory figures; jdk.incubator.vector: the JVM backend's
# vector kernels, which run only when the module is added at start-up).
common=(
  --name NNPlay
  --app-version "$app_version"
  --vendor "NNPlay"
  --description "A desktop neural-network playground for teaching"
  --copyright "NNPlay authors"
  --add-modules java.base,java.desktop,java.logging,java.management,java.sql,java.xml,jdk.unsupported,jdk.management,jdk.incubator.vector
  --jlink-options "--strip-native-commands --strip-debug --no-man-pages --no-header-files --compress=zip-6"
)
app=(
  --input "$stage"
  --main-jar nnplay.jar
  --main-class org.nnplay.Launcher
  --java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "--sun-misc-unsafe-memory-access=allow"
  --java-options "-Dorg.bytedeco.javacpp.maxphysicalbytes=0"
  --java-options "--add-modules=jdk.incubator.vector"
)

if [ "$os" = linux ]; then
  "$JDK/bin/java" jpackage/Natives.java "$stage/lib" "$stage/native"
  # ND4J's library carries its symbol table (323 MB -> 301 MB without); the others are stripped already.
  if command -v strip >/dev/null; then strip --strip-unneeded "$stage"/native/*.so*; fi
  # JavaCPP loads OpenBLAS a second time under the name libopenblas_nolapack.so.0, and copies it into the user's cache
  # to rename it, unless a file of that name is found first: the link plus the ".load" setting below.
  ln -s libopenblas.so.0 "$stage/native/libopenblas_nolapack.so.0"
  app+=(
    --java-options '-Djava.library.path=$APPDIR/native'
    --java-options "-Dorg.bytedeco.javacpp.pathsFirst=true"
    --java-options "-Dorg.bytedeco.openblas_nolapack.load=openblas_nolapack@.0"
  )
  # Menu entry, icons and the experiment-file type: lib/share in the app, copied into /usr/share by the .deb's
  # postinst through lib/desktop-integration.sh (which an app-image user may run too).
  share=target/jpackage/share
  install -D -m 644 jpackage/linux/nnplay.desktop "$share/applications/nnplay.desktop"
  install -D -m 644 jpackage/linux/nnplay.xml "$share/mime/packages/nnplay.xml"
  for size in 16 32 48 64 128 256 512; do
    install -D -m 644 "assets/icons/nnplay-$size.png" "$share/icons/hicolor/${size}x${size}/apps/nnplay.png"
  done
  app+=(--app-content "$share,jpackage/linux/desktop-integration.sh" --icon assets/icons/nnplay-256.png)
fi

if [ "$kind" = app-image ] || [ "$kind" = deb ] || [ "$kind" = all ]; then
  rm -rf target/dist/NNPlay target/dist/NNPlay.app
  "$JDK/bin/jpackage" --type app-image "${common[@]}" "${app[@]}" --dest target/dist
  echo "App image: target/dist/NNPlay $(du -sh target/dist/NNPlay* | cut -f1)"
fi

if [ "$kind" = deb ] || [ "$kind" = all ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "jpackage/build.sh: a .deb needs $tool: apt-get install fakeroot dpkg-dev" >&2; exit 1; }
  done
  rm -f target/dist/nnplay_*.deb
  # The package is the app image plus jpackage/linux/deb: control, whose Depends are the packages that the app's own
  # binaries link to (jpackage's own list also names everything those libraries pull in, some of it by names that
  # exist on Debian only), and postinst/prerm that register the menu entry, icons and file type without xdg-utils
  # and never fail for them.
  resources=target/jpackage/deb-resources
  mkdir -p "$resources"
  cp jpackage/linux/deb/* "$resources/"
  depends="$(deb_depends target/dist/NNPlay)"
  sed -i "s/NNPLAY_DEPENDS/$depends/" "$resources/control"
  "$JDK/bin/jpackage" --type deb --app-image target/dist/NNPlay \
    --name NNPlay --app-version "$app_version" --vendor "NNPlay" \
    --description "A desktop neural-network playground for teaching" \
    --resource-dir "$resources" \
    --linux-package-name nnplay \
    --linux-deb-maintainer "nnplay@example.org" \
    --linux-app-category education \
    --dest target/dist
  deb="$(ls target/dist/nnplay_*.deb)"
  echo "Debian package: $deb $(du -h "$deb" | cut -f1)"
fi

# Windows and macOS: the file type for experiments is registered by jpackage's --file-associations.
if [ "$kind" = msi ]; then
  "$JDK/bin/jpackage" --type msi "${common[@]}" "${app[@]}" \
    --icon assets/icons/nnplay.ico \
    --file-associations jpackage/experiment-files.properties \
    --add-launcher nnplay-cli=jpackage/windows/nnplay-cli.properties \
    --win-menu --win-menu-group NNPlay --win-shortcut --win-dir-chooser \
    --win-upgrade-uuid 0a93161e-f3d4-47db-ab32-15d8b31c3417 \
    --dest target/dist
  ls target/dist/*.msi
fi
if [ "$kind" = dmg ]; then
  "$JDK/bin/jpackage" --type dmg "${common[@]}" "${app[@]}" \
    --icon assets/icons/nnplay.icns \
    --file-associations jpackage/experiment-files.properties \
    --mac-package-identifier org.nnplay.NNPlay \
    --mac-app-category public.app-category.education \
    --dest target/dist
  ls target/dist/*.dmg
fi

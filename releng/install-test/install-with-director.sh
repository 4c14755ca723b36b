#!/usr/bin/env bash
# Installs the MMIO Workbench update site into a copy of a p2-enabled Eclipse with the p2 director,
# then checks that the feature and every bundle of it are installed and configured.
# Usage: install-with-director.sh BASE_INSTALLATION UPDATE_SITE_REPOSITORY WORK_DIR
set -euo pipefail
base="$1" site="$2" work="$3"
feature=org.mmioworkbench.feature
bundles=(org.mmioworkbench.core org.mmioworkbench.boardfile org.mmioworkbench.script org.mmioworkbench.ui org.snakeyaml.engine
  com.fasterxml.jackson.core.jackson-core)

[ -d "$base" ] || { echo "install-test: base installation not found: $base" >&2; exit 1; }
[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || [ -f "$site/content.xml.xz" ] ||
  { echo "install-test: no p2 repository at $site" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
cp -a "$base" "$work/eclipse"
install="$work/eclipse"
# The director runs inside the copy and installs into it ("self"), as a user would with
# 'eclipse -application org.eclipse.equinox.p2.director'.
launcher=$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
for b in "${bundles[@]}"; do
  if grep -q "^$b," "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
    echo "install-test: $b is already in the base installation; the test would prove nothing" >&2
    exit 1
  fi
done

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
start=$(date +%s)
"$java_bin" -jar "$launcher" -nosplash -consoleLog \
  -configuration "$install/configuration" \
  -application org.eclipse.equinox.p2.director \
  -repository "file:$site" \
  -installIU "$feature.feature.group" \
  -profile DefaultProfile \
  -destination "$install" 2>&1 | tee "$work/director.log"
status=${PIPESTATUS[0]}
end=$(date +%s)
[ "$status" -eq 0 ] || { echo "install-test: p2 director failed with exit code $status" >&2; exit 1; }
grep -q "Operation completed" "$work/director.log" ||
  { echo "install-test: the director did not report a completed operation" >&2; exit 1; }

info="$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
missing=0
for b in "${bundles[@]}"; do
  if grep -q "^$b," "$info" && ls "$install"/plugins/"$b"_*.jar >/dev/null 2>&1; then
    echo "install-test: installed and configured: $b"
  else
    echo "install-test: MISSING after install: $b" >&2
    missing=1
  fi
done
ls -d "$install"/features/"$feature"_* >/dev/null 2>&1 ||
  { echo "install-test: MISSING after install: feature $feature" >&2; missing=1; }
[ "$missing" -eq 0 ] || exit 1
echo "install-test: update site installed into a p2-enabled Eclipse with the director in $((end - start)) s"

#!/usr/bin/env bash
# Proves that the README's commands can start on a machine that never saw this project: runs the
# project's ./mvnw from the project folder, as a user does, with an empty temporary Maven home and local
# repository (MAVEN_USER_HOME), so the wrapper must fetch Maven 3.9.9 with the system `mvn` from nothing;
# then checks that `./mvnw --version` runs that Maven and that nothing was fetched outside the temporary home.
# Usage: bootstrap-wrapper.sh PROJECT_ROOT WORK_DIR offline=(true|false)
set -euo pipefail
root="$1" work="$2" offline="${3#offline=}"

if [ "$offline" = "true" ]; then
  echo "bootstrap-test: skipped: the build runs offline, and bootstrapping needs Maven Central"
  exit 0
fi
command -v mvn >/dev/null 2>&1 || {
  echo "bootstrap-test: no system 'mvn' on PATH; the README requires one for the first ./mvnw (apt-get install maven)" >&2
  exit 1
}

rm -rf "$work"
mkdir -p "$work/maven-home"
home="$(cd "$work/maven-home" && pwd)"
fail() {
  echo "bootstrap-test: $*" >&2
  for f in stdout stderr; do
    echo "--- ./mvnw's standard ${f#std} (last 40 lines):" >&2
    tail -n 40 "$work/$f.log" >&2 2>/dev/null || true
  done
  exit 1
}

start=$(date +%s)
(cd "$root" && env -u MAVEN_PROJECTBASEDIR MAVEN_USER_HOME="$home" ./mvnw --version) \
  >"$work/stdout.log" 2>"$work/stderr.log" || fail "./mvnw --version failed with exit status $?"
end=$(date +%s)

grep -q '^Apache Maven 3\.9\.9 ' "$work/stdout.log" || fail "./mvnw --version did not run Maven 3.9.9: $(head -n 1 "$work/stdout.log")"
grep -q "^Maven home: $home/wrapper/apache-maven-3.9.9" "$work/stdout.log" ||
  fail "Maven was not unpacked into the temporary home: $(grep 'Maven home' "$work/stdout.log")"
grep -q 'fetching org.apache.maven:apache-maven:3.9.9:zip:bin' "$work/stderr.log" ||
  fail "the wrapper did not fetch Maven: it was not a bootstrap from nothing"
[ -d "$home/repository/org/apache/maven/plugins/maven-dependency-plugin" ] ||
  fail "the system mvn did not use the empty local repository under MAVEN_USER_HOME"
leftovers=$(find "$home/wrapper" -mindepth 1 -maxdepth 1 ! -name apache-maven-3.9.9)
[ -z "$leftovers" ] || fail "the wrapper left temporary folders behind: $leftovers"

# A second run uses what the first unpacked and fetches nothing.
(cd "$root" && env -u MAVEN_PROJECTBASEDIR MAVEN_USER_HOME="$home" ./mvnw --version) \
  >"$work/stdout2.log" 2>"$work/stderr.log" || fail "the second ./mvnw --version failed"
! grep -q 'fetching' "$work/stderr.log" || fail "the second run fetched Maven again"

echo "bootstrap-test: ./mvnw bootstrapped Maven 3.9.9 into an empty MAVEN_USER_HOME in $((end - start)) s"

# Sourced by mvnw and bin/*: prints the home of a JDK whose major version is 21 or newer.
# Looks at JAVA_HOME, then `java` on PATH, then every JDK under /usr/lib/jvm (newest first).
#
# A JDK's version is JAVA_VERSION="..." in its `release` file, which every JDK since 9 has; java is
# launched to ask only a JDK without one. bin/mmio-sim sources this on every start, so it starts as few
# processes as it can: none when JAVA_HOME fits, readlink for the java on PATH, and sort only when
# several JDKs under /usr/lib/jvm fit.

# Sets mmio_release to the value of $2 (e.g. JAVA_VERSION) in the `release` file of the JDK at $1, without
# its quotes; returns 1, with mmio_release empty, when the file or the key is missing.
mmio_jdk_release() {
  local line
  mmio_release=""
  [ -r "$1/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      "$2="*) mmio_release="${line#"$2"=}"; mmio_release="${mmio_release//\"/}"; break ;;
    esac
  done <"$1/release"
  [ -n "$mmio_release" ]
}

# Sets mmio_major to the major version of the JDK at $1 (its bin/java and bin/javac must exist);
# returns 1, with mmio_major empty, when there is none.
mmio_read_jdk_major() {
  local version="" mmio_release
  mmio_major=""
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if mmio_jdk_release "$1" JAVA_VERSION; then
    version="$mmio_release"
  else
    version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | head -n 1)"
  fi
  version="${version#1.}"            # 1.8.0_292 is Java 8
  mmio_major="${version%%[!0-9]*}"   # 21, 21.0.2, 22-ea, 25.0.3+9: the leading number
  [ -n "$mmio_major" ]
}

mmio_jdk_major() {
  # Prints the major version of the JDK at $1 (its bin/javac must exist), or nothing.
  local mmio_major
  mmio_read_jdk_major "$1" || return 1
  echo "$mmio_major"
}

# Succeeds when $1 is a JDK 21 or newer.
mmio_jdk_fits() {
  local mmio_major
  mmio_read_jdk_major "$1" && [ "$mmio_major" -ge 21 ]
}

# Sets mmio_jdk to the home of the first JDK 21+ in the search order; returns 1 when there is none.
# (mmio_find_jdk prints it instead; bin/mmio-sim calls this one to save starting a subshell.)
mmio_locate_jdk() {
  local c java="" dir rest="${PATH:-}:" fits=()
  mmio_jdk=""
  if [ -n "${JAVA_HOME:-}" ] && mmio_jdk_fits "$JAVA_HOME"; then
    mmio_jdk="$JAVA_HOME"
    return 0
  fi
  # `java` on PATH, as `command -v java` finds it (without starting a subshell)
  while [ -n "$rest" ]; do
    dir="${rest%%:*}"
    rest="${rest#*:}"
    if [ -f "${dir:-.}/java" ] && [ -x "${dir:-.}/java" ]; then
      java="${dir:-.}/java"
      break
    fi
  done
  if [ -n "$java" ]; then
    c="$(readlink -f "$java")"
    c="${c%/*}"                      # .../bin
    c="${c%/*}"                      # the JDK's home
    if mmio_jdk_fits "$c"; then
      mmio_jdk="$c"
      return 0
    fi
  fi
  # The newest JDK under /usr/lib/jvm (version order, as `sort -rV`): sort only when several fit.
  for c in /usr/lib/jvm/*/; do
    c="${c%/}"
    if mmio_jdk_fits "$c"; then
      fits+=("$c")
    fi
  done
  case "${#fits[@]}" in
    0) return 1 ;;
    1) mmio_jdk="${fits[0]}" ;;
    *) mmio_jdk="$(printf '%s\n' "${fits[@]}" | sort -rV)"; mmio_jdk="${mmio_jdk%%$'\n'*}" ;;
  esac
}

mmio_find_jdk() {
  local mmio_jdk
  mmio_locate_jdk || return 1
  echo "$mmio_jdk"
}

# Sourced by every script in scripts/. Finds a JDK >= 21 (whatever JAVA_HOME says), reads the
# JVM flags from config/jvm.properties, and knows where the launcher jar lives.
# shellcheck shell=bash

PLDOT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PLDOT_MIN_JAVA=21

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing if it is not a JDK.
pldot_jdk_version() {
  local home="$1" v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "${v:-}" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  [ -n "${v:-}" ] && echo "$v"
}

# Picks the newest JDK >= 21 among JAVA_HOME, PLDOT_JAVA_HOME, the java on PATH and /usr/lib/jvm/*.
pldot_find_jdk() {
  local best="" best_v=0 c v candidates=()
  [ -n "${PLDOT_JAVA_HOME:-}" ] && candidates+=("$PLDOT_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  # An explicit PLDOT_JAVA_HOME wins if it is good enough.
  if [ -n "${PLDOT_JAVA_HOME:-}" ]; then
    v=$(pldot_jdk_version "$PLDOT_JAVA_HOME") && [ "$v" -ge "$PLDOT_MIN_JAVA" ] && { echo "$PLDOT_JAVA_HOME"; return 0; }
  fi
  for c in "${candidates[@]}"; do
    v=$(pldot_jdk_version "$c") || continue
    if [ "$v" -ge "$PLDOT_MIN_JAVA" ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "error: no JDK >= $PLDOT_MIN_JAVA found (looked at PLDOT_JAVA_HOME, JAVA_HOME, PATH, /usr/lib/jvm)." >&2
    echo "       Install one (e.g. Temurin 21+) or point PLDOT_JAVA_HOME at it." >&2
    return 1
  fi
  echo "$best"
}

pldot_setup_java() {
  local jdk
  jdk=$(pldot_find_jdk) || exit 1
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
  PLDOT_JAVA_VERSION=$(pldot_jdk_version "$JAVA_HOME")
  PLDOT_JVM_FLAGS=$(sed -n 's/^jvm\.flags=//p' "$PLDOT_ROOT/config/jvm.properties")
  if [ "$PLDOT_JAVA_VERSION" -ge 24 ]; then
    PLDOT_JVM_FLAGS="$PLDOT_JVM_FLAGS $(sed -n 's/^jvm\.flags\.jdk24=//p' "$PLDOT_ROOT/config/jvm.properties")"
  fi
  export PLDOT_JVM_FLAGS PLDOT_JAVA_VERSION
  # Maven's own Guava calls sun.misc.Unsafe; JDK 24+ warns about it on every build.
  if [ "$PLDOT_JAVA_VERSION" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

PLDOT_ENGINE_JAR="$PLDOT_ROOT/engine/target/pldot-engine-all.jar"

# Builds the launcher jar when it is missing or older than any source or pom.
pldot_build_if_needed() {
  local stale=0
  if [ ! -f "$PLDOT_ENGINE_JAR" ]; then
    stale=1
  elif [ -n "$(find "$PLDOT_ROOT"/pom.xml "$PLDOT_ROOT"/{journal,feeds,adapters,engine}/pom.xml \
      "$PLDOT_ROOT"/{journal,feeds,adapters,engine}/src/main "$PLDOT_ROOT/config/engine.yaml" \
      -newer "$PLDOT_ENGINE_JAR" -type f -print -quit 2>/dev/null)" ]; then
    stale=1
  fi
  if [ "$stale" = 1 ]; then
    echo "Building the engine (first run, or sources changed) with JDK $PLDOT_JAVA_VERSION ..." >&2
    (cd "$PLDOT_ROOT" && mvn -q -B -ntp -Dstyle.color=never -DskipTests -pl engine -am package) >&2 || {
      echo "error: build failed; run 'mvn -DskipTests package' in $PLDOT_ROOT to see why." >&2; exit 1; }
  fi
}

# Sourced by ./broadsheet and bench/run: exports JAVA_HOME as a JDK 21+ (JAVA_HOME, the PATH, then
# /usr/lib/jvm), or says what is missing and exits.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/ {split($2, v, "."); print v[1]}'
}

find_jdk() {
  local candidates=() home
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for home in /usr/lib/jvm/*/; do candidates+=("${home%/}"); done
  for home in "${candidates[@]}"; do
    if [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] && [ "$(java_major "$home")" -ge 21 ] 2>/dev/null; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "broadsheet: needs a JDK 21 or newer, and found none in JAVA_HOME, on the PATH or under /usr/lib/jvm." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME
# Maven's own libraries warn about sun.misc.Unsafe on Java 24+; the warning is theirs, not ours.
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

# Sourced by ./mvnw before it starts Maven: makes Maven (and so compilation, tests and spring-boot:run)
# run on a JDK 25 even where the default `java` is older, without the user setting JAVA_HOME by hand.
# Order: JAVA_HOME if it already is a JDK 25, then HOMEWARD_JDK, then the usual install locations.

homeward_jdk_major() {
  # Prints the major version of the JDK at $1, from its `release` file (cheap) or by asking its java.
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
  fi
}

homeward_select_jdk() {
  wanted=25
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(homeward_jdk_major "$JAVA_HOME")" = "$wanted" ]; then
    return 0
  fi
  path_java="$(command -v java 2>/dev/null || true)"
  path_home=""
  [ -z "$path_java" ] || path_home="$(dirname "$(dirname "$(readlink -f "$path_java")")")"
  set +f
  # HOMEWARD_JDK_ROOTS replaces the usual install locations (the build's own test of this script uses it).
  roots="${HOMEWARD_JDK_ROOTS-/usr/lib/jvm /opt/java /opt /usr/local ${HOME-}/.sdkman/candidates/java ${HOME-}/.jdks /Library/Java/JavaVirtualMachines}"
  for candidate in ${HOMEWARD_JDK-} "$path_home" $(for root in $roots; do
    for dir in "$root"/* "$root"/*/Contents/Home; do [ -d "$dir" ] && echo "$dir"; done
  done); do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(homeward_jdk_major "$candidate")" = "$wanted" ]; then
      set -f
      JAVA_HOME="$candidate"
      export JAVA_HOME
      return 0
    fi
  done
  set -f
  echo "Homeward needs a JDK $wanted and none was found (JAVA_HOME, HOMEWARD_JDK, /usr/lib/jvm, /opt/java, ~/.sdkman): install Temurin $wanted (e.g. apt-get install temurin-$wanted-jdk) or point HOMEWARD_JDK at one." >&2
  exit 1
}

homeward_select_jdk

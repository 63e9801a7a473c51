#!/usr/bin/env bash
# Runs the Spark job through Spark's own submitter (org.apache.spark.deploy.SparkSubmit, what bin/spark-submit
# calls) in local mode, with Spark's jars from the Maven build instead of a Spark distribution.
# Usage: benchmarks/scripts/spark-submit-local.sh MASTER INPUT OUTPUT [job options]   (MASTER e.g. 'local[2]')
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
master=$1
shift
cd "$root"
# The job jar is built when it is missing or any module's main sources or a pom are newer (a stale jar would
# measure old code).
if [ ! -f spark/target/gongkai-spark.jar ] || [ -n "$(find . -path ./.git -prune -o \( -path '*/src/main/*' \
    -o -name pom.xml \) -type f -newer spark/target/gongkai-spark.jar -print -quit)" ]; then
  ./mvnw -q -B -o -pl spark -am package -DskipTests >&2
fi
cp_file=spark/target/spark-classpath.txt
[ -f "$cp_file" ] || ./mvnw -q -B -o -pl spark dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$root/$cp_file" >/dev/null
# Spark's jars only: the job jar brings gongkai.
spark_cp=$(tr ':' '\n' < "$cp_file" | grep -v '/io/gongkai/' | paste -sd:)
# The JVM flags Spark 4 needs on Java 17 (the same as spark/pom.xml's spark.jvm.flags; bin/spark-submit adds them).
flags=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
# In local mode the driver's JVM is also the executor: give it the options ./gongkai gives batch (docs/spark.md,
# "JVM options"). GONGKAI_SPARK_JAVA_OPTIONS, when set, replaces them (e.g. adds a JFR recording).
options=${GONGKAI_SPARK_JAVA_OPTIONS--XX:+UseParallelGC -XX:CICompilerCount=6 -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000}
# A class archive (AppCDS) of the driver JVM, as ./gongkai keeps one for batch: the first successful run dumps the
# classes it loaded from Spark's jars into spark/target/spark-submit-local.jsa when it exits, later runs map them
# instead of loading, parsing and verifying them again (docs/benchmarks.md, "Spark local mode against batch",
# fifth session). Made again when the job jar or the JDK is newer; GONGKAI_CDS=0 turns it off, and options that
# name -Xshare or an archive are left alone. A failed dump only leaves no archive.
archive=spark/target/spark-submit-local.jsa
dump=""
if [ "${GONGKAI_CDS:-1}" != 0 ] && [[ "$options" != *Xshare* && "$options" != *Archive* ]]; then
  libjvm="$(dirname "$(readlink -f "$(command -v java)")")/../lib/server/libjvm.so"
  if [ -f "$archive" ] && [ "$archive" -nt spark/target/gongkai-spark.jar ] && [ "$archive" -nt "$cp_file" ] \
      && { [ ! -f "$libjvm" ] || [ "$archive" -nt "$libjvm" ]; }; then
    options="$options -XX:SharedArchiveFile=$archive -Xshare:auto -Xlog:cds*=off"
  else
    dump="$archive.$$.tmp"
    options="$options -XX:ArchiveClassesAtExit=$dump -Xlog:cds*=off"
  fi
fi
set -f # options are split on spaces, never globbed (-Xlog:cds*=off)
submit() {
  # shellcheck disable=SC2086
  java -Xmx2g "${flags[@]}" $options -Dfile.encoding=UTF-8 -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
    --class io.gongkai.spark.CorpusAuditJob spark/target/gongkai-spark.jar "$@"
}
if [ -z "$dump" ]; then
  submit "$@"
  exit
fi
trap 'rm -f "$dump"' EXIT
status=0
submit "$@" || status=$?
if [ "$status" = 0 ] && [ -s "$dump" ]; then
  mv -f "$dump" "$archive" 2>/dev/null || true
fi
exit "$status"

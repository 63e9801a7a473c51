#!/usr/bin/env bash
# CPU seconds (user + sys) of each kind of thread of one Java process, from /proc, sampled until it exits: how a
# run's CPU splits between the workers, the Parquet writer, the JIT compilers (C1, C2) and the collector.
#
# Usage: benchmarks/scripts/thread-cpu.sh java [OPTIONS] -jar cli/target/gongkai.jar batch DIR --out OUT ...
#   The command's output goes to thread-cpu.out in the current directory. Run `java` directly (not ./gongkai,
#   whose shell would be the sampled process). A thread's last sample counts, so up to 0.3 s of each thread's
#   end is missed.
set -u
"$@" > thread-cpu.out 2>&1 &
pid=$!
declare -A name cpu
while kill -0 "$pid" 2> /dev/null; do
  for task in /proc/"$pid"/task/*; do
    stat=$(cat "$task/stat" 2> /dev/null) || continue
    fields=${stat##*) }
    # shellcheck disable=SC2086
    set -- $fields
    tid=${task##*/}
    name[$tid]=$(cat "$task/comm" 2> /dev/null)
    cpu[$tid]=$((${12} + ${13}))
  done
  sleep 0.3
done
wait "$pid"
status=$?
ticks=$(getconf CLK_TCK)
for tid in "${!cpu[@]}"; do echo "${name[$tid]}|${cpu[$tid]}"; done |
  awk -F'|' -v t="$ticks" '{n = $1; sub(/[-#]?[0-9]+$/, "", n); c[n] += $2 / t; all += $2 / t}
    END {for (k in c) if (c[k] >= 0.05) printf "%8.1f s  %s\n", c[k], k; printf "%8.1f s  %s\n", all, "(all threads)"}' |
  sort -rn
exit "$status"

#!/usr/bin/env python3
"""Summarises the CPU samples of JFR recordings: the hottest top frames and the hottest Jeli frames.

    bench/tools/jfr-top.py recording.jfr [more.jfr ...] [--top 10]

Reads `jfr print --events jdk.ExecutionSample` (JDK 17 has no `jfr view hot-methods`). For each
sample it takes the top frame (where the CPU was) and the first org.jeli frame (which of our
methods led there), and prints the most frequent of each with their share of the samples.
"""
import collections
import re
import subprocess
import sys

THREAD = re.compile(r'^\s+sampledThread = "([^"]*)"')
FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")


def samples(path):
    out = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=False).stdout
    stack, in_stack, thread = [], False, ""
    for line in out.splitlines():
        t = THREAD.match(line)
        if t:
            thread = re.sub(r"[-#]?\d+$", "", t.group(1))
        elif "stackTrace = [" in line:
            stack, in_stack = [], True
        elif in_stack and line.strip() == "]":
            in_stack = False
            yield thread, stack
        elif in_stack:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))


def main(argv):
    top = 10
    if "--top" in argv:
        i = argv.index("--top")
        top = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    tops, jeli, threads, n = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for path in argv:
        for thread, stack in samples(path):
            if not stack:
                continue
            n += 1
            threads[thread] += 1
            tops[stack[0]] += 1
            first = next((f for f in stack if f.startswith("org.jeli.")), None)
            if first:
                jeli[first] += 1
    print(f"{n} CPU samples (jdk.ExecutionSample, every 20 ms per running thread)")
    if not n:
        return
    print(f"top {top} methods on CPU (top frame):")
    for method, c in tops.most_common(top):
        print(f"  {100 * c / n:5.1f}%  {method}")
    print("samples by thread (numbers stripped):")
    for name, c in threads.most_common(5):
        print(f"  {100 * c / n:5.1f}%  {name}")
    print(f"top {top} Jeli methods on the stack (first org.jeli frame), {sum(jeli.values())} samples:")
    for method, c in jeli.most_common(top):
        print(f"  {100 * c / n:5.1f}%  {method}")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Summarises a Node .cpuprofile written by `bench/run.sh --profile-azurite DIR`: where Azurite spent its CPU.

Usage: bench/azurite-profile.py DIR/*.cpuprofile [--top N]
Prints CPU time by area (Azurite's blob/queue/table code, LokiJS, Node internals...), then the functions with
the most self time and the most inclusive time.
"""
import collections
import json
import os
import sys


def area(url):
    if not url:
        return "(native / garbage collector / idle)"
    if "node_modules/lokijs" in url:
        return "LokiJS (in-memory database)"
    for service in ("blob", "queue", "table", "common"):
        if f"/azurite/dist/src/{service}/" in url:
            return f"Azurite {service}"
    if "node_modules/" in url:
        package = url.split("node_modules/")[-1].split("/")[0]
        return f"package {package}"
    if url.startswith("node:"):
        return "Node.js internals"
    return os.path.basename(url)


def label(frame):
    name = frame["functionName"] or "(anonymous)"
    url = frame.get("url", "")
    where = url.split("node_modules/")[-1] if url else ""
    return f"{name}  {where}:{frame.get('lineNumber', 0) + 1}" if where else name


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
    paths = [a for a in args if a.endswith(".cpuprofile")]
    self_time = collections.Counter()
    total_time = collections.Counter()
    by_area = collections.Counter()
    grand = 0.0
    for path in paths:
        with open(path) as f:
            profile = json.load(f)
        nodes = {n["id"]: n for n in profile["nodes"]}
        parent = {}
        for n in profile["nodes"]:
            for child in n.get("children", []):
                parent[child] = n["id"]
        for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
            ms = delta / 1000.0
            node = nodes[sample]
            frame = node["callFrame"]
            if frame["functionName"] == "(idle)":
                continue
            grand += ms
            self_time[label(frame)] += ms
            by_area[area(frame.get("url", ""))] += ms
            seen = set()
            current = sample
            while current is not None:
                name = label(nodes[current]["callFrame"])
                if name not in seen:
                    total_time[name] += ms
                    seen.add(name)
                current = parent.get(current)

    print(f"busy CPU in profile: {grand / 1000:.1f} s")
    print("\nby area (self time):")
    for name, ms in by_area.most_common():
        print(f"  {ms / 1000:8.1f} s  {100 * ms / grand:5.1f}%  {name}")
    print(f"\ntop {top} functions by self time:")
    for name, ms in self_time.most_common(top):
        print(f"  {ms / 1000:8.1f} s  {100 * ms / grand:5.1f}%  {name}")
    print(f"\ntop {top} functions by inclusive time:")
    for name, ms in total_time.most_common(top):
        print(f"  {ms / 1000:8.1f} s  {100 * ms / grand:5.1f}%  {name}")


if __name__ == "__main__":
    main()

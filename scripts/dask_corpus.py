#!/usr/bin/env python3
"""Run wenxi over a corpus on a Dask cluster and merge the results.

wenxi is the map stage: `wenxi analyze --lines --format jsonl` reads one
document per stdin line and writes one JSON line per document. This driver
partitions a one-document-per-line corpus, runs the wenxi binary on each
partition on the Dask workers (a subprocess fed through stdin/stdout), and
merges (the reduce stage):

  * the JSONL records, in corpus order, with `source` and `line` rewritten
    to the corpus path and the line in the whole corpus, so the merged file
    is the one a single `wenxi analyze --lines --format jsonl CORPUS` writes;
  * corpus-level counts: keyword document frequencies and slogan mentions
    per year (the year is the corpus line's leading field, "1954<TAB>...").

Partial counts are computed on the workers next to the records, so only
small dictionaries travel back to be added up.

No cluster code of our own: scheduling, data transfer and retries are
Dask's. Run with Debian's python (python3-distributed):

  dask-scheduler --host 10.0.0.1                        # on one machine
  dask-worker tcp://10.0.0.1:8786                       # on each worker, wenxi on PATH
  /usr/bin/python3 scripts/dask_corpus.py --scheduler tcp://10.0.0.1:8786 \\
      --out merged.jsonl --counts counts.json corpus.txt

`--single` runs the same map and reduce in this process without Dask (the
reference the test compares against).
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time

LEADING_YEAR = re.compile(r"^\s*((?:1[6-9]|2[01])\d\d)[\t,;|]")


def read_corpus(path):
    """Return the corpus lines as wenxi --lines sees them (one per line)."""
    with open(path, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def partitions(lines, n):
    """Split lines into n contiguous parts; yield (offset, part)."""
    n = max(1, min(n, len(lines)))
    size, extra = divmod(len(lines), n)
    start = 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        yield start, lines[start:end]
        start = end


def year_of(line):
    m = LEADING_YEAR.match(line.decode("utf-8", "replace"))
    return m.group(1) if m else ""


def map_partition(binary, wenxi_args, source, offset, part, timeout):
    """Run wenxi on one partition (on a worker); return its records, with
    source and line made corpus-wide, and its partial counts."""
    proc = subprocess.run(
        [binary] + wenxi_args,
        input=b"\n".join(part) + b"\n",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )
    # Exit status 1 means some documents failed; they come back as error
    # records. Anything else is a failure of the run itself.
    if proc.returncode not in (0, 1):
        raise RuntimeError("wenxi exited with %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:]))
    years = {offset + i + 1: year_of(l) for i, l in enumerate(part)}
    records = []
    for raw in proc.stdout.decode("utf-8").splitlines():
        if not raw.strip():
            continue
        rec = json.loads(raw)
        rec["source"] = source
        rec["line"] = offset + rec.get("line", 0)
        records.append(rec)
    if len(records) != len(part):
        raise RuntimeError("partition at line %d: %d documents in, %d records out" % (offset + 1, len(part), len(records)))
    return records, partial_counts(records, years)


def partial_counts(records, years):
    """Keyword document frequencies and slogan mentions per year."""
    df = collections.Counter()
    slogans = collections.defaultdict(collections.Counter)
    errors = 0
    for rec in records:
        if "error" in rec:
            errors += 1
            continue
        df.update({k["word"] for k in rec.get("keywords") or []})
        year = years.get(rec["line"], "") or "unknown"
        for s in rec.get("slogans") or []:
            slogans[year][s["text"]] += s.get("mentions", 0)
    return {"documents": len(records), "errors": errors, "keyword_df": dict(df),
            "slogans_by_year": {y: dict(c) for y, c in slogans.items()}}


def merge_counts(parts):
    """Add up partial counts (the reduce)."""
    df = collections.Counter()
    slogans = collections.defaultdict(collections.Counter)
    docs = errors = 0
    for p in parts:
        docs += p["documents"]
        errors += p["errors"]
        df.update(p["keyword_df"])
        for y, c in p["slogans_by_year"].items():
            slogans[y].update(c)
    return {
        "documents": docs,
        "errors": errors,
        # Most widespread first; ties by word so the file is reproducible.
        "keyword_df": dict(sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))),
        "slogans_by_year": {y: dict(sorted(slogans[y].items(), key=lambda kv: (-kv[1], kv[0])))
                            for y in sorted(slogans)},
    }


def single(args, lines):
    """The reference: one wenxi process over the whole corpus file."""
    proc = subprocess.run([args.wenxi] + args.wenxi_args + [args.corpus], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=args.timeout, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError("wenxi exited with %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:]))
    records = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    years = {i + 1: year_of(l) for i, l in enumerate(lines)}
    return records, merge_counts([partial_counts(records, years)])


def distributed_run(args, lines):
    from dask.distributed import Client  # imported here so --single needs no Dask

    t0 = time.monotonic()
    with Client(args.scheduler, timeout=args.connect_timeout) as client:
        if args.expect_workers:
            client.wait_for_workers(args.expect_workers, timeout=args.connect_timeout)
        t1 = time.monotonic()
        futures = [
            client.submit(map_partition, args.wenxi, args.wenxi_args, args.corpus, off, part, args.timeout,
                          pure=False, retries=args.retries)
            for off, part in partitions(lines, args.partitions)
        ]
        results = client.gather(futures)
        workers = sorted({w for ws in client.who_has(futures).values() for w in ws})
        t2 = time.monotonic()
    print("cluster ready in %.1fs, map and gather in %.1fs" % (t1 - t0, t2 - t1), file=sys.stderr)
    records = [r for recs, _ in results for r in recs]
    records.sort(key=lambda r: r["line"])
    counts = merge_counts([c for _, c in results])
    counts["partitions"] = len(futures)
    counts["workers"] = len(workers)
    return records, counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="one document per line (e.g. YEAR<TAB>text)")
    ap.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://127.0.0.1:8786")
    ap.add_argument("--single", action="store_true", help="run one wenxi process here, without Dask (reference)")
    ap.add_argument("--wenxi", default="wenxi", help="wenxi binary on the workers (default: wenxi on PATH)")
    ap.add_argument("--wenxi-args", default="analyze --lines --format jsonl",
                    help="wenxi arguments; must read --lines from stdin and write JSONL (default: %(default)s)")
    ap.add_argument("--partitions", type=int, default=8, help="number of partitions (default 8)")
    ap.add_argument("--expect-workers", type=int, default=0, help="wait until this many workers are connected")
    ap.add_argument("--retries", type=int, default=1, help="times Dask reruns a failed partition, e.g. on a lost worker (default 1)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds one wenxi run may take")
    ap.add_argument("--connect-timeout", type=float, default=60, help="seconds to reach the scheduler and workers")
    ap.add_argument("--out", required=True, help="merged JSONL file to write")
    ap.add_argument("--counts", required=True, help="corpus-level counts JSON file to write")
    args = ap.parse_args(argv)
    args.wenxi_args = args.wenxi_args.split()
    if not args.single and not args.scheduler:
        ap.error("give --scheduler ADDRESS, or --single")
    if os.sep in args.wenxi:
        args.wenxi = os.path.abspath(args.wenxi)

    lines = read_corpus(args.corpus)
    records, counts = single(args, lines) if args.single else distributed_run(args, lines)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(args.counts, "w", encoding="utf-8") as f:
        json.dump(counts, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d documents (%d errors), %d distinct keywords%s -> %s, %s" % (
        counts["documents"], counts["errors"], len(counts["keyword_df"]),
        "" if args.single else ", %d partitions on %d workers" % (counts["partitions"], counts["workers"]),
        args.out, args.counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Scale-out check: wenxi as the map stage of a local Dask cluster (scheduler
# + two workers on 127.0.0.1) over the 48 State Council work reports; the
# merged JSONL and corpus counts must equal a single wenxi process's.
# scripts/dask_test.sh installs python3-distributed if missing, stops every
# process it starts, and bounds each step with timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
exec timeout 1500 scripts/dask_test.sh

#!/usr/bin/env bash
# The end-to-end walk-throughs (tests/test_terminal.py: tmux at 256 and 16 colours, narrow, 80x24, the
# burst-typed form, and through ssh to a throwaway sshd) three times in a row on a busy machine: two busy
# loops keep two cores occupied the whole time. Exits 0 only when every run passed and nothing skipped.
#
#   tests/walkthrough_under_load.sh            # 3 runs, 2 busy loops
#   RUNS=5 LOADERS=4 tests/walkthrough_under_load.sh -k ssh
#
# Extra arguments go to pytest. The busy loops are this script's children: they are killed when it ends
# (passed, failed or interrupted), and each also stops by itself if the script is gone (kill -9).
set -u
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
RUNS=${RUNS:-3}
LOADERS=${LOADERS:-2}

loaders=()
stop_loaders() {
    for pid in "${loaders[@]}"; do
        kill "$pid" 2>/dev/null
    done
    for pid in "${loaders[@]}"; do
        wait "$pid" 2>/dev/null
    done
    loaders=()
}
trap stop_loaders EXIT
trap 'exit 130' INT TERM

for _ in $(seq "$LOADERS"); do
    "$PYTHON" -c "import os
parent = $$
while os.getppid() == parent:
    pass" &
    loaders+=("$!")
done
echo "walkthrough_under_load: $LOADERS busy loops (pids ${loaders[*]}) on $(nproc) cores"

log=$(mktemp)
failed=0
for run in $(seq "$RUNS"); do
    echo "walkthrough_under_load: run $run of $RUNS"
    "$PYTHON" -m pytest -q -rs tests/test_terminal.py "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    if [ "$status" -ne 0 ]; then
        echo "walkthrough_under_load: run $run FAILED (pytest exit $status)"
        failed=$((failed + 1))
    elif grep -q "skipped" "$log"; then
        # A skipped walk-through proves nothing: tmux or sshd (apt-get install tmux openssh-server) is missing.
        echo "walkthrough_under_load: run $run skipped tests (see the reasons above)"
        failed=$((failed + 1))
    fi
done
rm -f "$log"
echo "walkthrough_under_load: $((RUNS - failed)) of $RUNS runs passed"
[ "$failed" -eq 0 ]

#!/bin/bash
# Idle CPU, memory and launch time of the trainer in a real window under Xvfb.
BIN=${1:-target/release/defuse}
Xvfb :77 -screen 0 1280x720x24 >/dev/null 2>&1 &
XPID=$!
sleep 1
DISPLAY=:77 $BIN > /tmp/measure-out.log 2>&1 &
PID=$!
sleep 8
ticks() { awk '{print $14+$15}' /proc/$PID/stat; }
HZ=$(getconf CLK_TCK)
T0=$(ticks); sleep 20; T1=$(ticks)
echo "cpu while idle on the picker: $(echo "scale=2; ($T1-$T0)*100/$HZ/20" | bc)% of one core"
grep VmRSS /proc/$PID/status
grep -o "ready: first screen after [0-9]* ms" /tmp/measure-out.log
kill $PID; sleep 1; kill $XPID

#!/bin/bash
# Usage: start the application with demo data (README Quick start), then: bash ecaf-benchmarks/sign-in-timing.sh
# (B=http://host:port to point elsewhere, N=attempts of each kind). Needs curl.
# Does a failed sign-in take as long for a username that exists as for one that does not? Sends N failed API
# sign-ins (HTTP Basic, wrong password) for the demo accounts and N for invented usernames, interleaved, and prints
# the median and p90 of each and their difference. Wrong passwords from one address are slowed after a few tries,
# so the known accounts are unlocked by the administrator between rounds (not timed).
B=${B:-http://localhost:8080}; N=${N:-120}
KNOWN=(practitioner1 practitioner2 practitioner3 teamlead1 teamlead2)
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f %.1f %d\n", m*1000, a[int(NR*0.9)]*1000, NR}'; }
try() { curl -s -o /dev/null -w '%{time_total}\n' -u "$1:not-the-password-$RANDOM" "$B/api/v1/me"; }
unlock() { for u in "${KNOWN[@]}"; do curl -s -o /dev/null -u admin:ecaf-demo -X POST "$B/api/v1/admin/accounts/$u/unlock"; done; }
rm -f /tmp/sit-known /tmp/sit-unknown
for i in $(seq 1 10); do try nobody-warm-$i >/dev/null; try practitioner1 >/dev/null; done; unlock   # warm-up
i=0
while [ $i -lt $N ]; do
  for u in "${KNOWN[@]}"; do
    [ $i -ge $N ] && break
    try "$u" >> /tmp/sit-known
    try "nobody-$RANDOM-$RANDOM-$i" >> /tmp/sit-unknown
    i=$((i+1))
  done
  [ $((i % 15)) -lt 5 ] && unlock
done
read KM KP KN < <(median < /tmp/sit-known)
read UM UP UN < <(median < /tmp/sit-unknown)
echo "known username, wrong password:  median $KM ms, p90 $KP ms (n=$KN)"
echo "unknown username:                median $UM ms, p90 $UP ms (n=$UN)"
awk -v k="$KM" -v u="$UM" 'BEGIN { d = (k > u ? k - u : u - k) / (k > u ? k : u) * 100; printf "difference of the medians: %.1f %%\n", d }'

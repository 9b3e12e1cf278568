#!/bin/bash
# Usage: start the application with demo data (README Quick start), then: bash ecaf-benchmarks/page-times.sh
# (B=http://host:port to point elsewhere, N=requests per page). Needs curl and python3.
# Median response times of eCAF pages on the demo data: signs in through the login form, then times N requests.
B=${B:-http://localhost:8080}; N=${N:-100}; J=/tmp/pt-cookies
rm -f $J
VS=$(curl -s -c $J -b $J $B/login.xhtml | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c $J -b $J -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=practitioner1" \
  --data-urlencode "login:password=ecaf-demo" --data-urlencode "login:signIn=" --data-urlencode "jakarta.faces.ViewState=$VS" $B/login.xhtml
CASE=$(curl -s -u practitioner1:ecaf-demo "$B/api/v1/cases?mine=true" | python3 -c 'import json,sys; print([c["id"] for c in json.load(sys.stdin) if c["state"]=="PLAN_ACTIVE"][0])')
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %.1f ms, p90 %.1f ms (n=%d)\n", m*1000, a[int(NR*0.9)]*1000, NR}'; }
time_get() { for i in $(seq 1 $N); do curl -s -b $J -o /dev/null -w '%{time_total}\n' "$B$1"; done | median; }
for i in 1 2 3 4 5 6 7 8 9 10; do curl -s -b $J -o /dev/null "$B/cases/case.xhtml?id=$CASE"; curl -s -b $J -o /dev/null "$B/cases/assessment.xhtml?id=$CASE&section=development_of_child"; done
echo -n "case page:                      "; time_get "/cases/case.xhtml?id=$CASE"
echo -n "assessment section page:        "; time_get "/cases/assessment.xhtml?id=$CASE&section=development_of_child"
echo -n "home page:                      "; time_get "/index.xhtml"
# a section save: a new revision through the same AssessmentService the page's autosave calls (API path)
LEO=$(curl -s -u practitioner1:ecaf-demo "$B/api/v1/cases?mine=true" | python3 -c 'import json,sys; print([c["id"] for c in json.load(sys.stdin) if c["state"]=="ASSESSMENT_IN_PROGRESS"][0])')
REV=$(curl -s -u practitioner1:ecaf-demo "$B/api/v1/cases/$LEO/assessment" | python3 -c 'import json,sys; print(json.load(sys.stdin)["revision"])')
echo -n "save a revision (PUT, API):     "
for i in $(seq 1 $N); do
  curl -s -u practitioner1:ecaf-demo -o /dev/null -w '%{time_total}\n' -X PUT -H 'Content-Type: application/json' -H "If-Match: \"$REV\"" \
    "$B/api/v1/cases/$LEO/assessment" -d "{\"answers\":{\"child_given_names\":\"Leo\",\"child_family_name\":\"Smith\",\"child_views\":\"save $i\"}}"
  REV=$((REV+1))
done | median

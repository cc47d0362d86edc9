#!/usr/bin/env bash
# Checks the new moons of the lunar calendar (vn.danvan.calendar.NewMoons, Meeus ch. 49 with ΔT) against
# the lunar theory ELP2000-82B with VSOP87 (Debian's libnova): every new moon of 1899-2200 within
# MINUTES (default 6) of midnight in UTC+7, and a sample of the others. Prints both moments and their
# difference; "OTHER DAY" marks a new moon the two put on different days (LunarCalendar settles those
# from the ephemeris). Run from the repository root: bash bench/lunar/run.sh [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-6}"
if ! dpkg -s libnova-dev >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnova-dev gcc >/dev/null
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -d "$out" src/main/java/vn/danvan/calendar/NewMoons.java src/main/java/vn/danvan/calendar/DeltaT.java \
  bench/lunar/NewMoonTimes.java
gcc -O2 -o "$out/elp" bench/lunar/elp.c -lnova -lm
java -cp "$out" vn.danvan.calendar.NewMoonTimes "$minutes" | "$out/elp"

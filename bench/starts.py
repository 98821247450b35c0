#!/usr/bin/env python3
"""Starts per second of wmo-intake over REST, as the portal, against one or more running
Kantel instances, in alternating rounds so that the machine's noise falls on all alike.

    python3 bench/starts.py http://localhost:8181 http://localhost:8282 --rondes 7 --starts 200

Prints per instance the starts per second of every round, the median, and the ratio of
each median to the first instance's."""
import argparse
import base64
import json
import statistics
import time
import urllib.request

MELDING = {"variables": {
    "bsn": {"value": "123456782", "type": "String"},
    "naam": {"value": "J. de Vries", "type": "String"},
    "hulpvraag": {"value": "Hulp bij het huishouden", "type": "String"},
}}


def start(base, auth):
    request = urllib.request.Request(base + "/engine-rest/process-definition/key/wmo-intake/start",
                                     data=json.dumps(MELDING).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": auth})
    with urllib.request.urlopen(request) as response:
        if response.status != 200:
            raise SystemExit(f"{base}: {response.status}")


def ronde(base, auth, starts):
    begin = time.perf_counter()
    for _ in range(starts):
        start(base, auth)
    return starts / (time.perf_counter() - begin)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bases", nargs="+")
    parser.add_argument("--rondes", type=int, default=7)
    parser.add_argument("--starts", type=int, default=200)
    parser.add_argument("--opwarmen", type=int, default=100)
    args = parser.parse_args()
    auth = "Basic " + base64.b64encode(b"portaal:demo").decode()
    for base in args.bases:
        for _ in range(args.opwarmen):
            start(base, auth)
    results = {base: [] for base in args.bases}
    for _ in range(args.rondes):
        for base in args.bases:
            results[base].append(ronde(base, auth, args.starts))
    first = statistics.median(results[args.bases[0]])
    for base, values in results.items():
        median = statistics.median(values)
        print(f"{base}: mediaan {median:.1f} starts/s (rondes: {', '.join(f'{v:.1f}' for v in values)}),"
              f" verhouding {median / first:.2f}")


if __name__ == "__main__":
    main()

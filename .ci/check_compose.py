"""Structural check of docker-compose.yml without a Docker engine (stdlib only)."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
errors = []
if "\t" in text:
    errors.append("tabs are not allowed in YAML")
services = re.search(r"^services:\n((?:[ ]{2}.*\n|\n)+)", text, re.M)
if not services:
    errors.append("no top-level services: block")
else:
    names = re.findall(r"^  ([a-z][a-z0-9-]*):\s*$", services.group(1), re.M)
    for required in ("kafka", "newsstream"):
        if required not in names:
            errors.append(f"service {required!r} missing (found {names})")
    if "healthcheck:" not in text:
        errors.append("the broker needs a healthcheck so the pipeline starts after it")
    if "condition: service_healthy" not in text:
        errors.append("newsstream must depend on a healthy broker")
if errors:
    print("docker-compose.yml: " + "; ".join(errors))
    sys.exit(1)
print("docker-compose.yml: ok")
